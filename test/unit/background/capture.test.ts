/**
 * The background's save paths: the keyboard shortcut and the context menu go through the same schema
 * as every message (a blob: page stores nothing), and Undo entries in storage.session hold only what
 * Undo needs and are pruned when they expire.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { DetectResult } from '../../../src/shared/messages';
import type { ReboundDb } from '../../../src/db/schema';
import { freshDb } from '../ui/dom';
import { draft } from '../../support/builders';

const session = new Map<string, unknown>();
const badge = vi.fn();
vi.mock('../../../src/shared/browser', () => ({
  default: {
    storage: {
      session: {
        async get(keys: string | null) {
          const wanted = keys === null ? [...session.keys()] : [keys];
          return Object.fromEntries(wanted.filter((k) => session.has(k)).map((k) => [k, structuredClone(session.get(k))]));
        },
        async set(items: Record<string, unknown>) {
          for (const [k, v] of Object.entries(items)) session.set(k, structuredClone(v));
        },
        async remove(keys: string | string[]) {
          for (const k of [keys].flat()) session.delete(k);
        },
      },
    },
    action: { setBadgeBackgroundColor: vi.fn(async () => {}), setBadgeText: async (details: { text: string }) => badge(details.text) },
  },
}));
let detected: DetectResult;
vi.mock('../../../src/background/agent', () => ({
  detectIn: async () => detected,
  showToastIn: async () => {},
}));
let db: ReboundDb;
vi.mock('../../../src/db/schema', async (original) => ({
  ...(await original<typeof import('../../../src/db/schema')>()),
  getDb: () => db,
}));

const { saveFromTab } = await import('../../../src/background/shortcuts');
const { saveDraft, undo } = await import('../../../src/background/capture');
const { UNDO_MAX_AGE_MS } = await import('../../../src/background/undo');

beforeEach(() => {
  db = freshDb();
  session.clear();
  badge.mockReset();
});

describe('the shortcut and the context menu', () => {
  it('save nothing from a blob: page, and say so on the badge', async () => {
    for (const trigger of ['shortcut', 'context-menu'] as const) {
      detected = { page: 'other', draft: draft({ url: 'blob:https://x.example/0d6f3a52', board: 'web', jobId: '' }) };
      await saveFromTab(7, trigger);
      expect(badge).toHaveBeenLastCalledWith('!');
    }
    expect(await db.applications.count()).toBe(0);
    expect(await db.events.count()).toBe(0);
  });

  it('save a web page as before', async () => {
    detected = { page: 'posting', draft: draft() };
    await saveFromTab(7, 'shortcut');
    expect(badge).toHaveBeenLastCalledWith('✓');
    expect(await db.applications.count()).toBe(1);
  });
});

describe('undo entries in storage.session', () => {
  it('hold only what Undo needs, never the whole record', async () => {
    const description = 'A long description. '.repeat(5_000);
    await saveDraft(draft({ description: '' }), 'saved', 'popup', crypto.randomUUID());
    await saveDraft(draft({ description }), 'applied', 'submission', crypto.randomUUID());
    const stored = JSON.stringify([...session.values()]);
    // The second capture filled the empty description: Undo needs its old value (""), not the new one.
    expect(stored).not.toContain('A long description');
    expect(stored.length).toBeLessThan(1_000);
  });

  it('are pruned once expired', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(1_000_000);
      const old = await saveDraft(draft(), 'saved', 'popup', crypto.randomUUID());
      vi.setSystemTime(1_000_000 + UNDO_MAX_AGE_MS + 1);
      const fresh = await saveDraft(draft({ url: 'https://boards.greenhouse.io/acme/jobs/9', jobId: '9' }), 'saved', 'popup', crypto.randomUUID());
      expect([...session.keys()]).toEqual([`undo:${fresh.undoToken!}`]);
      expect(await undo(old.undoToken!)).toEqual({ undone: false });
      expect(await undo(fresh.undoToken!)).toEqual({ undone: true, changedSince: false });
    } finally {
      vi.useRealTimers();
    }
  });
});
