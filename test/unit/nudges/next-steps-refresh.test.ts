/**
 * The background keeps the popup's next steps in storage: what the rules say over the whole pipeline,
 * recomputed when the pipeline changes, skipped when nothing did, and never replaced by an older list.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createNudges, type NudgeBrowser, type Nudges } from '../../../src/background/nudges';
import { evaluateNudges } from '../../../src/core/nudges';
import { NEXT_STEPS_KEY, parseNextStepsCache } from '../../../src/core/nudges/next-steps-cache';
import { defaultSettings, SETTINGS_KEY, userTimeZone } from '../../../src/core/settings';
import type { Application } from '../../../src/core/types';
import { setStage } from '../../../src/db/repository';
import type { ReboundDb } from '../../../src/db/schema';
import { loadNudgeData } from '../../../src/db/nudge-data';
import { application } from '../../support/builders';
import { asBrowser, fakeBrowser, type FakeBrowser } from '../../support/fake-browser';
import { freshDb } from '../ui/dom';
import { eventsOf } from '../../../src/db/events-of';

let browser: FakeBrowser;
let db: ReboundDb;
let refreshNextSteps: Nudges['refreshNextSteps'];
let runNudges: Nudges['runNudges'];
let handleNotificationButton: Nudges['handleNotificationButton'];

const DAY = 86_400_000;
function appliedTo(id: string, company: string, stage: Application['stage'], appliedDaysAgo: number): Application {
  const at = Date.now() - appliedDaysAgo * DAY;
  return application({ id, title: 'Designer', company, description: 'A long posting.', stage, savedAt: at, appliedAt: at, updatedAt: at });
}

const stored = () => parseNextStepsCache(browser.storage.local.data.get(NEXT_STEPS_KEY));
const nextStepsWrites = () => browser.storage.local.writes.filter((items) => NEXT_STEPS_KEY in items).length;

beforeEach(async () => {
  browser = fakeBrowser();
  db = freshDb();
  // The background's nudges, given this test's database and browser: nothing is mocked.
  ({ refreshNextSteps, runNudges, handleNotificationButton } = createNudges({ db: () => db, browser: asBrowser<NudgeBrowser>(browser) }));
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

describe('a follow-up notification', () => {
  it('is shown for the application waiting too long, and its first button logs the follow-up on that timeline', async () => {
    // Whatever the hour this runs at: the day's nudges due from midnight, no quiet hours, room for all.
    const settings = defaultSettings();
    browser.storage.local.data.set(SETTINGS_KEY, { ...settings, digestTime: '00:00', quietHours: { ...settings.quietHours, enabled: false }, dailyBudget: 5 });
    const { delivered } = await runNudges();
    expect(delivered).toContain('follow-up:acme');
    const id = 'rebound-nudge:follow-up:acme';
    expect(browser.notifications.shown.has(id)).toBe(true);
    await handleNotificationButton(id, 0);
    const notes = await eventsOf(db, 'acme').filter((e) => e.kind === 'note').toArray();
    expect(notes.map((e) => e.detail)).toEqual(['Follow-up sent']);
    expect(browser.notifications.shown.has(id)).toBe(false);
  });
});
