/**
 * The popup's "Next steps", computed by the background and kept in chrome.storage.local: the rules'
 * output before the delivery policy (the popup still leaves out what the user snoozed). Running the
 * rules needs every application and event; doing that in the popup made it slow to open with a big
 * pipeline, so the popup only reads this small value.
 */
import { z } from 'zod';
import { nudgeTargetSchema } from './delivery-state';
import { NUDGE_KINDS } from './kinds';
import type { Nudge } from './types';

export const NEXT_STEPS_KEY = 'nextSteps';

export interface NextStepsCache {
  /** When the rules ran (ms). */
  computedAt: number;
  /** Most useful first, as evaluateNudges ordered them. */
  nudges: Nudge[];
  /**
   * What the list was computed from (a fingerprint of the data, the settings and the day): while it
   * matches and the list is fresh, the background need not run the rules again.
   */
  basis?: string;
}

/** A list this recent, from the same basis, is kept (the hourly run renews it anyway). */
export const NEXT_STEPS_FRESH_MS = 60 * 60_000;

const nudgeSchema = z.object({
  kind: z.enum(NUDGE_KINDS),
  key: z.string().min(1),
  title: z.string(),
  body: z.string(),
  target: nudgeTargetSchema,
  actionLabel: z.string(),
  priority: z.number().finite(),
});

const cacheSchema = z.object({
  computedAt: z.number().finite(),
  nudges: z.array(nudgeSchema),
  basis: z.string().optional(),
});

export function nextStepsCache(nudges: readonly Nudge[], computedAt: number, basis?: string): NextStepsCache {
  return basis === undefined ? { computedAt, nudges: [...nudges] } : { computedAt, nudges: [...nudges], basis };
}

/** Whether a stored list can stand for one computed now from `basis`. */
export function isCurrent(cache: NextStepsCache | null, basis: string, now: number): boolean {
  return cache !== null && cache.basis === basis && cache.computedAt <= now && now - cache.computedAt < NEXT_STEPS_FRESH_MS;
}

/**
 * The stored value, or null when it is missing or damaged in any way: the caller shows nothing and
 * asks for a fresh one. All or nothing on purpose, since a half-readable list may be out of order.
 * Never throws.
 */
export function parseNextStepsCache(raw: unknown): NextStepsCache | null {
  const parsed = cacheSchema.safeParse(raw);
  return parsed.success ? (parsed.data as NextStepsCache) : null;
}
