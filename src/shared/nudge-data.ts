/**
 * The pipeline as the nudge rules read it, from the database: used by the background (alarms) and by
 * the popup's next steps (inside a liveQuery, so the list follows every change).
 */
import type { ReboundDb } from '../db/schema';
import type { Application, TimelineEvent } from '../core/types';
import type { DebriefSummary } from '../core/nudges/types';

export interface NudgeData {
  applications: Application[];
  events: TimelineEvent[];
  debriefs: DebriefSummary[];
}

/**
 * A stored debrief → what the rules need. Tolerant on purpose: the debrief feature owns that record
 * ("in_progress" counts as pending; the sent note is the feedback request).
 */
export function toDebriefSummary(raw: unknown): DebriefSummary | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (typeof r.applicationId !== 'string') return null;
  const status = r.status === 'done' || r.status === 'skipped' ? r.status : 'pending';
  const sent = r.feedbackRequestedAt ?? r.noteSentAt;
  return { applicationId: r.applicationId, status, feedbackRequestedAt: typeof sent === 'number' ? sent : null };
}

export async function loadNudgeData(db: ReboundDb): Promise<NudgeData> {
  // The debriefs table arrives with a later schema version; until then there are none.
  const hasDebriefs = db.tables.some((table) => table.name === 'debriefs');
  const [applications, events, rawDebriefs] = await Promise.all([
    db.applications.toArray(),
    db.events.toArray(),
    hasDebriefs ? db.table('debriefs').toArray() : Promise.resolve([]),
  ]);
  const debriefs = rawDebriefs.map(toDebriefSummary).filter((d): d is DebriefSummary => d !== null);
  return { applications, events, debriefs };
}
