/**
 * Facts the rules share, worked out once per run from the raw pipeline: each application's events,
 * when it was rejected, when it last moved, whether a follow-up was logged, and its debrief.
 */
import type { Application, TimelineEvent } from '../types';
import { calendarDaysBetween } from './local-time';
import type { DebriefSummary, NudgeInput } from './types';

/**
 * "Follow-up sent" is logged as a note event with this detail (the timeline shows "Note: Follow-up
 * sent"). A dedicated event kind "follow-up" is accepted as well, should one be added later.
 */
export const FOLLOW_UP_DETAIL = 'Follow-up sent';

export function isFollowUpEvent(event: TimelineEvent): boolean {
  return (event.kind === 'note' && event.detail === FOLLOW_UP_DETAIL) || (event.kind as string) === 'follow-up';
}

/** The timeline event that records "I followed up" (written by the notification button). */
export function followUpEvent(applicationId: string, at: number): TimelineEvent {
  return { applicationId, at, kind: 'note', detail: FOLLOW_UP_DETAIL, source: 'popup' };
}

export interface Facts {
  eventsOf(applicationId: string): readonly TimelineEvent[];
  /** When the application last moved to its current "rejected" stage. */
  rejectedAt(app: Application): number;
  /** Last sign of life from the company's side: applied, or a stage change. */
  lastMovedAt(app: Application): number;
  followedUpSince(applicationId: string, since: number): boolean;
  debriefOf(applicationId: string): DebriefSummary | undefined;
  /** An accepted offer ends the search: keep-applying nudges fall silent. */
  searchOver: boolean;
  /** Calendar days from an instant to now, in the user's zone. */
  daysSince(at: number): number;
  savedJobs: Application[];
}

export function buildFacts(input: NudgeInput): Facts {
  const byApp = new Map<string, TimelineEvent[]>();
  for (const event of input.events) {
    const list = byApp.get(event.applicationId);
    if (list) list.push(event);
    else byApp.set(event.applicationId, [event]);
  }
  for (const list of byApp.values()) list.sort((a, b) => a.at - b.at);
  const debriefs = new Map(input.debriefs.map((d) => [d.applicationId, d]));
  const eventsOf = (id: string) => byApp.get(id) ?? [];
  const moves = (id: string) => eventsOf(id).filter((e) => (e.kind === 'stage' || e.kind === 'applied') && e.to);

  return {
    eventsOf,
    rejectedAt(app) {
      const last = moves(app.id).filter((e) => e.to === 'rejected').pop();
      return last?.at ?? app.updatedAt;
    },
    lastMovedAt(app) {
      const last = moves(app.id).pop();
      return Math.max(last?.at ?? 0, app.appliedAt ?? 0, last || app.appliedAt ? 0 : app.updatedAt);
    },
    followedUpSince(id, since) {
      return eventsOf(id).some((e) => isFollowUpEvent(e) && e.at >= since);
    },
    debriefOf: (id) => debriefs.get(id),
    searchOver: input.applications.some((a) => a.stage === 'accepted'),
    daysSince: (at) => calendarDaysBetween(at, input.now, input.timeZone),
    savedJobs: input.applications.filter((a) => a.stage === 'saved').sort((a, b) => b.savedAt - a.savedAt),
  };
}
