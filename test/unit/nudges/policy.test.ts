/** The delivery policy with a fixed clock in Berlin: quiet hours, daily time, budget, cool-downs, snoozes. */
import { describe, expect, it } from 'vitest';
import { emptyDeliveryState, parseDeliveryState, type DeliveryState } from '../../../src/core/nudges/delivery-state';
import {
  inQuietHours,
  kindSnoozeKey,
  laterByDays,
  nextSteps,
  pauseAll,
  planDelivery,
  recordDelivered,
  snoozeNudge,
} from '../../../src/core/nudges/policy';
import { KIND_META } from '../../../src/core/nudges/kinds';
import type { Nudge, NudgeKind } from '../../../src/core/nudges/types';
import type { Settings } from '../../../src/core/settings';
import { DAY, local, NOW, settingsWith, TZ } from './fixtures';

function nudge(kind: NudgeKind, key: string = kind): Nudge {
  return { kind, key, title: key, body: `Because of ${key}`, target: { view: 'saved' }, actionLabel: 'Open', priority: KIND_META[kind].priority };
}

const three = [nudge('silence'), nudge('follow-up', 'follow-up:a'), nudge('offers', 'offers:x,y')];

function plan(nudges: Nudge[], opts: { now?: number; settings?: Settings; state?: DeliveryState } = {}) {
  return planDelivery({
    nudges,
    settings: opts.settings ?? settingsWith(),
    state: opts.state ?? emptyDeliveryState(),
    now: opts.now ?? NOW,
    timeZone: TZ,
  });
}
const keys = (p: ReturnType<typeof plan>) => p.deliver.map((n) => n.key);
const reasons = (p: ReturnType<typeof plan>) => Object.fromEntries(p.held.map((h) => [h.nudge.key, h.reason]));

describe('daily budget', () => {
  it('sends at most two a day, the most useful first', () => {
    const p = plan(three);
    expect(keys(p)).toEqual(['follow-up:a', 'offers:x,y']);
    expect(reasons(p)).toEqual({ silence: 'budget' });
  });

  it('counts what was already sent today, and starts again after local midnight', () => {
    const sentLate = recordDelivered(emptyDeliveryState(), [nudge('momentum')], local('2026-03-10 23:30'));
    const sentToday = recordDelivered(sentLate, [nudge('weekly-goal', 'w')], local('2026-03-11 09:00'));
    expect(keys(plan(three, { state: sentToday }))).toEqual(['follow-up:a']);
    // 23:30 on the 10th in Berlin is 22:30 UTC: it belongs to the 10th, not to today.
    expect(keys(plan(three, { state: sentLate }))).toEqual(['follow-up:a', 'offers:x,y']);
  });

  it('follows a re-tuned budget', () => {
    expect(keys(plan(three, { settings: settingsWith((s) => (s.dailyBudget = 3)) }))).toHaveLength(3);
    expect(keys(plan(three, { settings: settingsWith((s) => (s.dailyBudget = 0)) }))).toEqual([]);
  });
});

describe('quiet hours and the daily time', () => {
  it('quiet hours cross midnight: 21:00–08:00 holds everything at 22:00, 02:00 and 07:59', () => {
    for (const time of ['2026-03-11 21:00', '2026-03-11 22:00', '2026-03-12 02:00', '2026-03-12 07:59']) {
      const p = plan(three, { now: local(time) });
      expect(keys(p), time).toEqual([]);
      expect(new Set(p.held.map((h) => h.reason)), time).toEqual(new Set(['quiet-hours']));
    }
  });

  it('sends from the daily time (09:00), not before, and never in quiet hours', () => {
    expect(reasons(plan(three, { now: local('2026-03-11 08:30') })).silence).toBe('before-daily-time');
    expect(keys(plan(three, { now: local('2026-03-11 09:00') }))).toHaveLength(2);
    expect(keys(plan(three, { now: local('2026-03-11 20:59') }))).toHaveLength(2);
  });

  it('a daily time inside quiet hours opens the day when quiet hours end', () => {
    const settings = settingsWith((s) => (s.digestTime = '22:00'));
    expect(keys(plan(three, { settings, now: local('2026-03-11 08:00') }))).toHaveLength(2);
  });

  it('quiet hours within one day (13:00–14:00), or turned off', () => {
    const lunch = settingsWith((s) => (s.quietHours = { enabled: true, start: '13:00', end: '14:00' }));
    expect(inQuietHours(local('2026-03-11 13:30'), lunch, TZ)).toBe(true);
    expect(inQuietHours(local('2026-03-11 22:00'), lunch, TZ)).toBe(false);
    const off = settingsWith((s) => (s.quietHours.enabled = false));
    expect(inQuietHours(local('2026-03-11 23:00'), off, TZ)).toBe(false);
  });
});

describe('cool-downs', () => {
  it('does not repeat the same nudge within its kind’s cool-down (follow-up: 7 days)', () => {
    const sent = recordDelivered(emptyDeliveryState(), [nudge('follow-up', 'follow-up:a')], NOW - 6 * DAY);
    expect(reasons(plan(three, { state: sent }))['follow-up:a']).toBe('cooldown');
    const weekAgo = recordDelivered(emptyDeliveryState(), [nudge('follow-up', 'follow-up:a')], NOW - 7 * DAY);
    expect(keys(plan(three, { state: weekAgo }))).toContain('follow-up:a');
  });

  it('another nudge of the same kind is not held back', () => {
    const sent = recordDelivered(emptyDeliveryState(), [nudge('follow-up', 'follow-up:b')], NOW - DAY);
    expect(keys(plan(three, { state: sent }))).toContain('follow-up:a');
  });

  it('follows a re-tuned cool-down', () => {
    const sent = recordDelivered(emptyDeliveryState(), [nudge('follow-up', 'follow-up:a')], NOW - 2 * DAY);
    const settings = settingsWith((s) => (s.kinds['follow-up'].cooldownDays = 2));
    expect(keys(plan(three, { state: sent, settings }))).toContain('follow-up:a');
  });
});

describe('snooze and turned-off kinds', () => {
  it('a snoozed nudge waits until the snooze ends; the others go', () => {
    const state = snoozeNudge(emptyDeliveryState(), 'follow-up:a', NOW + DAY);
    const p = plan(three, { state });
    expect(reasons(p)['follow-up:a']).toBe('snoozed');
    expect(keys(p)).toEqual(['offers:x,y', 'silence']);
    expect(keys(plan(three, { state, now: NOW + DAY + 1 }))).toContain('follow-up:a');
  });

  it('a whole kind can be snoozed', () => {
    const state = snoozeNudge(emptyDeliveryState(), kindSnoozeKey('offers'), NOW + DAY);
    expect(reasons(plan(three, { state }))['offers:x,y']).toBe('snoozed');
  });

  it('pausing everything holds everything until the pause ends', () => {
    const state = pauseAll(emptyDeliveryState(), NOW + 7 * DAY);
    expect(new Set(plan(three, { state }).held.map((h) => h.reason))).toEqual(new Set(['paused']));
    expect(keys(plan(three, { state, now: NOW + 8 * DAY }))).toHaveLength(2);
  });

  it('notifications turned off send nothing; a turned-off kind is never sent', () => {
    expect(keys(plan(three, { settings: settingsWith((s) => (s.notifications = false)) }))).toEqual([]);
    const noFollowUps = settingsWith((s) => (s.kinds['follow-up'].enabled = false));
    expect(keys(plan(three, { settings: noFollowUps }))).toEqual(['offers:x,y', 'silence']);
  });

  it('the popup lists everything that applies except what is snoozed', () => {
    const state = snoozeNudge(emptyDeliveryState(), 'silence', NOW + DAY);
    expect(nextSteps(three, state, NOW).map((n) => n.key)).toEqual(['follow-up:a', 'offers:x,y']);
  });
});

describe('across a daylight-saving change (Berlin, 29 March 2026: 02:00 → 03:00)', () => {
  it('quiet hours end at 08:00 on the wall clock, not an hour off', () => {
    // 06:30 UTC is 08:30 in summer time; a fixed winter offset would think it is 07:30.
    expect(inQuietHours(Date.parse('2026-03-29T06:30:00Z'), settingsWith(), TZ)).toBe(false);
    expect(inQuietHours(Date.parse('2026-03-29T05:30:00Z'), settingsWith(), TZ)).toBe(true);
    expect(keys(plan(three, { now: Date.parse('2026-03-29T07:00:00Z') }))).toHaveLength(2);
  });

  it('cool-downs count calendar days across the short night', () => {
    const sent = recordDelivered(emptyDeliveryState(), [nudge('offers', 'offers:x,y')], local('2026-03-24 09:30'));
    // 7 calendar days later at 09:10 is less than 7 × 24 hours later (the night lost an hour)...
    const now = local('2026-03-31 09:10');
    expect(now - local('2026-03-24 09:30')).toBeLessThan(7 * DAY);
    // ...and the offers nudge (7-day cool-down) may come again all the same.
    expect(keys(plan(three, { state: sent, now }))).toContain('offers:x,y');
  });

  it('the daily budget resets at local midnight on the day of the change', () => {
    const yesterday = recordDelivered(emptyDeliveryState(), [nudge('momentum'), nudge('weekly-goal', 'w')], local('2026-03-28 20:00'));
    expect(keys(plan(three, { state: yesterday, now: local('2026-03-28 20:30') }))).toEqual([]);
    expect(keys(plan(three, { state: yesterday, now: local('2026-03-29 09:00') }))).toHaveLength(2);
  });

  it('"snooze a week" ends at the same wall-clock time a week later, in spring and in autumn', () => {
    const spring = laterByDays(local('2026-03-26 10:00'), 7, TZ);
    expect(spring).toBe(local('2026-04-02 10:00'));
    expect(spring - local('2026-03-26 10:00')).toBe(7 * DAY - 3_600_000);
    const autumn = laterByDays(local('2026-10-22 10:00'), 7, TZ);
    expect(autumn - local('2026-10-22 10:00')).toBe(7 * DAY + 3_600_000);
  });
});

describe('delivery state', () => {
  it('forgets log entries older than any cool-down, and expired snoozes', () => {
    let state = recordDelivered(emptyDeliveryState(), [nudge('silence')], NOW - 200 * DAY);
    state = snoozeNudge(state, 'old', NOW - DAY);
    state = recordDelivered(state, [nudge('offers')], NOW);
    expect(state.delivered.map((d) => d.key)).toEqual(['offers']);
    expect(state.snoozes).toEqual({});
  });

  it('a damaged record keeps what is valid and never throws', () => {
    expect(parseDeliveryState('garbage')).toEqual(emptyDeliveryState());
    const state = parseDeliveryState({
      delivered: [{ key: 'a', kind: 'offers', at: 5 }, { key: 'b', kind: 'nonsense', at: 1 }, null],
      snoozedUntil: 'soon',
      snoozes: { good: 10, bad: 'x' },
      shown: { n1: { key: 'a', title: 'A', kind: 'offers', target: { view: 'saved' }, buttons: ['open'], at: 1 }, n2: { key: 'z' } },
    });
    expect(state.delivered).toEqual([{ key: 'a', kind: 'offers', at: 5 }]);
    expect(state.snoozedUntil).toBeNull();
    expect(state.snoozes).toEqual({ good: 10 });
    expect(Object.keys(state.shown)).toEqual(['n1']);
  });
});
