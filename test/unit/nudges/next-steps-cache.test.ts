/** The stored next-steps list: read back exactly, refused whole when damaged, fresh only from the same basis. */
import { describe, expect, it } from 'vitest';
import { isCurrent, nextStepsCache, NEXT_STEPS_FRESH_MS, parseNextStepsCache } from '../../../src/core/nudges/next-steps-cache';
import type { Nudge } from '../../../src/core/nudges/types';

const NOW = Date.UTC(2026, 2, 11, 10);
const followUp: Nudge = {
  kind: 'follow-up',
  key: 'follow-up:acme',
  title: 'Follow up with Acme?',
  body: 'You applied 9 days ago.',
  target: { view: 'app', id: 'acme' },
  actionLabel: 'Open Acme',
  priority: 70,
};
const saved: Nudge = { ...followUp, kind: 'momentum', key: 'momentum', title: '2 saved jobs', target: { view: 'list', filter: { stage: 'saved' } } };

describe('next-steps cache', () => {
  it('reads back what was stored, in order', () => {
    const stored = structuredClone(nextStepsCache([followUp, saved], NOW, 'basis-1'));
    expect(parseNextStepsCache(stored)).toEqual({ computedAt: NOW, nudges: [followUp, saved], basis: 'basis-1' });
    expect(parseNextStepsCache(nextStepsCache([], NOW))).toEqual({ computedAt: NOW, nudges: [] });
  });

  it('gives null for nothing stored or anything damaged, without throwing', () => {
    for (const raw of [
      undefined,
      null,
      'nudges',
      [],
      { nudges: [followUp] },
      { computedAt: NOW },
      { computedAt: NOW, nudges: [{ ...followUp, kind: 'no-such-kind' }] },
      { computedAt: NOW, nudges: [followUp, { ...saved, target: { view: 'elsewhere' } }] },
      { computedAt: NOW, nudges: [{ ...followUp, title: 3 }] },
      { computedAt: Number.NaN, nudges: [] },
    ]) {
      expect(parseNextStepsCache(raw)).toBeNull();
    }
  });

  it('stands for a new computation only from the same basis and within the hour', () => {
    const cache = nextStepsCache([followUp], NOW, 'b');
    expect(isCurrent(cache, 'b', NOW + 60_000)).toBe(true);
    expect(isCurrent(cache, 'other', NOW + 60_000)).toBe(false);
    expect(isCurrent(cache, 'b', NOW + NEXT_STEPS_FRESH_MS)).toBe(false);
    expect(isCurrent(cache, 'b', NOW - 1)).toBe(false);
    expect(isCurrent(nextStepsCache([followUp], NOW), 'b', NOW)).toBe(false);
    expect(isCurrent(null, 'b', NOW)).toBe(false);
  });
});
