import type { Stage } from './types';

export const STAGE_LABELS: Record<Stage, string> = {
  saved: 'Saved',
  applied: 'Applied',
  screening: 'Screening',
  interviewing: 'Interviewing',
  offer: 'Offer',
  accepted: 'Accepted',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
  no_response: 'No response',
};

/** Stages where the application is still alive and waiting on someone. */
export const IN_FLIGHT: ReadonlySet<Stage> = new Set(['applied', 'screening', 'interviewing', 'offer']);
/** Stages that end an application. */
export const CLOSED: ReadonlySet<Stage> = new Set(['accepted', 'rejected', 'withdrawn', 'no_response']);

export function isInFlight(stage: Stage): boolean {
  return IN_FLIGHT.has(stage);
}

/**
 * Stages at or after "applied": moving into any of them means the application was sent (withdrawing a
 * saved job never sent it).
 */
export const SENT_STAGES: ReadonlySet<Stage> = new Set([
  'applied',
  'screening',
  'interviewing',
  'offer',
  'accepted',
  'rejected',
  'no_response',
]);

/**
 * When a stage changes, work out the applied date: keep the first one, set it when an application
 * first moves past "saved", and clear it only when it goes back to "saved".
 */
export function appliedAtAfter(to: Stage, previousAppliedAt: number | null, now: number): number | null {
  if (to === 'saved') return null;
  if (previousAppliedAt !== null) return previousAppliedAt;
  return SENT_STAGES.has(to) ? now : null;
}

/**
 * Automatic capture may only move an application forward to "applied": a saved job becomes applied,
 * but an application already at interview is never pulled back by seeing its confirmation page again.
 */
export function stageAfterAutoApply(current: Stage): Stage {
  return current === 'saved' ? 'applied' : current;
}
