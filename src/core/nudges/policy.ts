/**
 * When a nudge may become a notification: never when notifications are off or paused, never in
 * quiet hours (which may cross midnight) or before the daily time, never twice within its kind's
 * cool-down, never when snoozed, and no more a day than the budget allows. Days are the user's
 * calendar days, so a daylight-saving change moves nothing.
 */
import type { Settings } from '../settings';
import type { DeliveryState } from './delivery-state';
import { byPriority } from './index';
import { calendarDaysBetween, localDayNumber, localMinutes, parseClock, zonedInstant } from './local-time';
import type { Nudge, NudgeKind } from './types';

export type HoldReason =
  | 'notifications-off'
  | 'paused'
  | 'quiet-hours'
  | 'before-daily-time'
  | 'snoozed'
  | 'cooldown'
  | 'budget';

export interface DeliveryPlan {
  deliver: Nudge[];
  held: { nudge: Nudge; reason: HoldReason }[];
}

export interface PolicyInput {
  nudges: readonly Nudge[];
  settings: Settings;
  state: DeliveryState;
  now: number;
  timeZone: string;
}

/** Is the local wall clock inside [start, end)? A span whose end is before its start crosses midnight. */
export function inQuietHours(now: number, settings: Settings, timeZone: string): boolean {
  const { enabled, start, end } = settings.quietHours;
  const from = parseClock(start);
  const to = parseClock(end);
  if (!enabled || from === null || to === null || from === to) return false;
  const minute = localMinutes(now, timeZone);
  return from < to ? minute >= from && minute < to : minute >= from || minute < to;
}

/**
 * Nothing goes out before the daily time. If that time falls in quiet hours, the day opens when
 * quiet hours end instead, so a late daily time never silences everything.
 */
export function beforeDailyTime(now: number, settings: Settings, timeZone: string): boolean {
  const daily = parseClock(settings.digestTime) ?? 0;
  const probe = zonedInstant(localDayNumber(now, timeZone), daily, timeZone);
  const opensAt = inQuietHours(probe, settings, timeZone) ? (parseClock(settings.quietHours.end) ?? daily) : daily;
  return localMinutes(now, timeZone) < opensAt;
}

export function deliveredToday(state: DeliveryState, now: number, timeZone: string): number {
  const today = localDayNumber(now, timeZone);
  return state.delivered.filter((d) => localDayNumber(d.at, timeZone) === today).length;
}

export function isSnoozed(nudge: Pick<Nudge, 'key' | 'kind'>, state: DeliveryState, now: number): boolean {
  const until = Math.max(state.snoozes[nudge.key] ?? 0, state.snoozes[kindSnoozeKey(nudge.kind)] ?? 0);
  return until > now;
}

export function kindSnoozeKey(kind: NudgeKind): string {
  return `kind:${kind}`;
}

/** Sent within its kind's cool-down (counted in calendar days: sent Monday, 3 days → Thursday again). */
export function inCooldown(nudge: Nudge, state: DeliveryState, settings: Settings, now: number, timeZone: string): boolean {
  const cooldown = settings.kinds[nudge.kind].cooldownDays;
  const last = state.delivered.filter((d) => d.key === nudge.key).reduce((max, d) => Math.max(max, d.at), -Infinity);
  return last !== -Infinity && calendarDaysBetween(last, now, timeZone) < cooldown;
}

export function planDelivery({ nudges, settings, state, now, timeZone }: PolicyInput): DeliveryPlan {
  const sorted = [...nudges].sort(byPriority);
  const holdAll = (reason: HoldReason): DeliveryPlan => ({ deliver: [], held: sorted.map((nudge) => ({ nudge, reason })) });
  if (!settings.notifications) return holdAll('notifications-off');
  if (state.snoozedUntil !== null && state.snoozedUntil > now) return holdAll('paused');
  if (inQuietHours(now, settings, timeZone)) return holdAll('quiet-hours');
  if (beforeDailyTime(now, settings, timeZone)) return holdAll('before-daily-time');

  let left = Math.max(0, settings.dailyBudget - deliveredToday(state, now, timeZone));
  const plan: DeliveryPlan = { deliver: [], held: [] };
  for (const nudge of sorted) {
    if (!settings.kinds[nudge.kind].enabled) continue;
    if (isSnoozed(nudge, state, now)) plan.held.push({ nudge, reason: 'snoozed' });
    else if (inCooldown(nudge, state, settings, now, timeZone)) plan.held.push({ nudge, reason: 'cooldown' });
    else if (left <= 0) plan.held.push({ nudge, reason: 'budget' });
    else {
      plan.deliver.push(nudge);
      left -= 1;
    }
  }
  return plan;
}

/** Longer than any cool-down: older log entries can no longer hold anything back. */
const KEEP_DELIVERED_DAYS = 100;

/** The state after `nudges` were sent at `now`; old log entries and expired snoozes are dropped. */
export function recordDelivered(state: DeliveryState, nudges: readonly Nudge[], now: number): DeliveryState {
  const horizon = now - KEEP_DELIVERED_DAYS * 86_400_000;
  const snoozes = Object.fromEntries(Object.entries(state.snoozes).filter(([, until]) => until > now));
  return {
    ...state,
    delivered: [...state.delivered.filter((d) => d.at >= horizon), ...nudges.map(({ key, kind }) => ({ key, kind, at: now }))],
    snoozes,
  };
}

/** The same local time `days` calendar days later (a week is a week, even across a clock change). */
export function laterByDays(now: number, days: number, timeZone: string): number {
  return zonedInstant(localDayNumber(now, timeZone) + days, localMinutes(now, timeZone), timeZone);
}

export function snoozeNudge(state: DeliveryState, key: string, until: number): DeliveryState {
  return { ...state, snoozes: { ...state.snoozes, [key]: until } };
}

export function pauseAll(state: DeliveryState, until: number | null): DeliveryState {
  return { ...state, snoozedUntil: until };
}

/** What the popup lists: every nudge that applies, except those the user snoozed. */
export function nextSteps(nudges: readonly Nudge[], state: DeliveryState, now: number): Nudge[] {
  return nudges.filter((nudge) => !isSnoozed(nudge, state, now));
}
