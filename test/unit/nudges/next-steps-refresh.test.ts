/**
 * The background keeps the popup's next steps in storage: what the rules say over the whole pipeline,
 * recomputed when the pipeline changes, skipped when nothing did, and never replaced by an older list.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { evaluateNudges } from '../../../src/core/nudges';
import { NEXT_STEPS_KEY, parseNextStepsCache } from '../../../src/core/nudges/next-steps-cache';
import { defaultSettings, userTimeZone } from '../../../src/core/settings';
import type { Application } from '../../../src/core/types';
import { setStage } from '../../../src/db/repository';
import type { ReboundDb } from '../../../src/db/schema';
import { loadNudgeData } from '../../../src/db/nudge-data';
import { application } from '../../support/builders';
import { freshDb } from '../ui/dom';

const storage = new Map<string, unknown>();
const set = vi.fn(async (items: Record<string, unknown>) => {
  for (const [key, value] of Object.entries(items)) storage.set(key, structuredClone(value));
});
vi.mock('../../../src/shared/browser', () => ({
  default: {
    runtime: { id: 'rebound-id', getURL: (p: string) => `chrome-extension://rebound-id/${p}` },
    storage: {
      local: {
        get: async (key: string) => (storage.has(key) ? { [key]: structuredClone(storage.get(key)) } : {}),
        set: (items: Record<string, unknown>) => set(items),
      },
    },
    notifications: { create: vi.fn(async () => ''), clear: vi.fn(async () => true) },
  },
}));

let db: ReboundDb;
vi.mock('../../../src/db/schema', async (original) => ({
  ...(await original<typeof import('../../../src/db/schema')>()),
  getDb: () => db,
}));

const { refreshNextSteps, runNudges } = await import('../../../src/background/nudges');

const DAY = 86_400_000;
function appliedTo(id: string, company: string, stage: Application['stage'], appliedDaysAgo: number): Application {
  const at = Date.now() - appliedDaysAgo * DAY;
  return application({ id, title: 'Designer', company, description: 'A long posting.', stage, savedAt: at, appliedAt: at, updatedAt: at });
}

const stored = () => parseNextStepsCache(storage.get(NEXT_STEPS_KEY));
const nextStepsWrites = () => set.mock.calls.filter(([items]) => NEXT_STEPS_KEY in items).length;

beforeEach(async () => {
  storage.clear();
  set.mockClear();
  db = freshDb();
  await db.applications.bulkPut([appliedTo('acme', 'Acme', 'applied', 9), appliedTo('globex', 'Globex', 'applied', 2)]);
});

afterEach(async () => {
  db.close();
  await db.delete();
});

describe('refreshNextSteps', () => {
  it('stores what the rules say over the whole pipeline, before any delivery policy', async () => {
    await refreshNextSteps();
    const cache = stored();
    expect(cache).not.toBeNull();
    const settings = defaultSettings();
    const expected = evaluateNudges({ ...(await loadNudgeData(db)), settings, now: cache!.computedAt, timeZone: userTimeZone(settings) });
    expect(cache!.nudges).toEqual(expected);
    expect(cache!.nudges.map((n) => n.key)).toContain('follow-up:acme');
    expect(cache!.nudges.map((n) => n.key)).not.toContain('follow-up:globex');
  });

  it('does not run the rules again while nothing changed, and does after a change', async () => {
    await refreshNextSteps();
    const first = stored();
    await refreshNextSteps();
    expect(nextStepsWrites()).toBe(1);
    expect(stored()).toEqual(first);

    await setStage(db, 'acme', 'rejected', 'popup');
    await refreshNextSteps();
    expect(nextStepsWrites()).toBe(2);
    expect(stored()!.nudges.map((n) => n.key)).not.toContain('follow-up:acme');
    expect(stored()!.computedAt).toBeGreaterThanOrEqual(first!.computedAt);
  });

  it('a request made while one runs is answered with data read after it was made', async () => {
    const running = refreshNextSteps();
    const changed = setStage(db, 'acme', 'interviewing', 'popup');
    await changed;
    const after = refreshNextSteps();
    const alsoAfter = refreshNextSteps();
    await Promise.all([running, after, alsoAfter]);
    expect(stored()!.nudges.map((n) => n.key)).not.toContain('follow-up:acme');
    expect(nextStepsWrites()).toBeLessThanOrEqual(2);
  });

  it('an alarm run computed earlier does not replace a newer list', async () => {
    await refreshNextSteps();
    const newer = stored()!;
    await db.applications.put(appliedTo('initech', 'Initech', 'applied', 10));
    await runNudges(newer.computedAt - 60_000);
    expect(stored()).toEqual(newer);
    await runNudges(Date.now() + 1000);
    expect(stored()!.nudges.map((n) => n.key)).toContain('follow-up:initech');
  });
});
