/**
 * What the background remembers between runs about delivering nudges: what was sent and when (for
 * cool-downs and the daily budget), snoozes, and the notifications on screen (so a click still knows
 * where to go after the service worker slept). Kept in chrome.storage.local, never only in memory.
 */
import { z } from 'zod';
import type { ButtonAction } from './buttons';
import { NUDGE_KINDS, type NudgeKind } from './kinds';
import type { NudgeTarget } from './types';

export const DELIVERY_STATE_KEY = 'nudgeState';

export interface DeliveredEntry {
  key: string;
  kind: NudgeKind;
  at: number;
}

export interface ShownNotification {
  key: string;
  /** The title it was shown with (for the record: the notifications API cannot read it back). */
  title: string;
  kind: NudgeKind | 'test';
  target: NudgeTarget;
  /** What each of its buttons does, in order. */
  buttons: ButtonAction[];
  at: number;
}

export interface DeliveryState {
  version: 1;
  /** Oldest first. */
  delivered: DeliveredEntry[];
  /** Every nudge paused until then (null: not paused). */
  snoozedUntil: number | null;
  /** Per nudge key: not before this instant. */
  snoozes: Record<string, number>;
  /** Notification id → what a click on it does. */
  shown: Record<string, ShownNotification>;
  /** When the rules last ran in the background (the end-to-end tests wait on it). */
  lastRunAt: number | null;
}

export function emptyDeliveryState(): DeliveryState {
  return { version: 1, delivered: [], snoozedUntil: null, snoozes: {}, shown: {}, lastRunAt: null };
}

const kind = z.enum(NUDGE_KINDS);
const stage = z.string();
/** Where a nudge leads, as stored (also read by the next-steps cache). */
export const nudgeTargetSchema = z.union([
  z.object({ view: z.literal('app'), id: z.string() }),
  z.object({
    view: z.literal('list'),
    filter: z.object({ stage: stage.optional(), ids: z.array(z.string()).optional() }),
  }),
  z.object({ view: z.literal('debrief'), id: z.string() }),
  z.object({ view: z.literal('saved') }),
]);
const time = z.number().finite();

const entrySchemas = {
  delivered: z.object({ key: z.string(), kind, at: time }),
  shown: z.object({
    key: z.string(),
    title: z.string().catch(''),
    kind: z.union([kind, z.literal('test')]),
    target: nudgeTargetSchema,
    buttons: z.array(z.enum(['open', 'snooze-week', 'log-follow-up'])).catch([]),
    at: time,
  }),
};

/** Damaged entries are dropped one by one; the rest is kept. Never throws. */
export function parseDeliveryState(raw: unknown): DeliveryState {
  const state = emptyDeliveryState();
  if (typeof raw !== 'object' || raw === null) return state;
  const r = raw as Record<string, unknown>;
  if (Array.isArray(r.delivered)) {
    for (const item of r.delivered) {
      const parsed = entrySchemas.delivered.safeParse(item);
      if (parsed.success) state.delivered.push(parsed.data);
    }
  }
  if (time.safeParse(r.snoozedUntil).success) state.snoozedUntil = r.snoozedUntil as number;
  if (time.safeParse(r.lastRunAt).success) state.lastRunAt = r.lastRunAt as number;
  if (typeof r.snoozes === 'object' && r.snoozes !== null) {
    for (const [key, until] of Object.entries(r.snoozes)) if (time.safeParse(until).success) state.snoozes[key] = until as number;
  }
  if (typeof r.shown === 'object' && r.shown !== null) {
    for (const [id, entry] of Object.entries(r.shown)) {
      const parsed = entrySchemas.shown.safeParse(entry);
      if (parsed.success) state.shown[id] = parsed.data as ShownNotification;
    }
  }
  return state;
}
