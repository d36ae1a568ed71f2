/**
 * The pipeline as the nudge rules read it, from the database: used by the background (alarms) and by
 * the popup's next steps (inside a liveQuery, so the list follows every change).
 */
import type { ReboundDb } from './schema';
import type { Application, TimelineEvent } from '../core/types';
import type { DebriefSummary, NextStepItem } from '../core/nudges/types';
import type { ActionItem } from '../core/debrief/types';
import { NEXT_STEP_PREFIX } from '../db/debrief-repository';

export interface NudgeData {
  applications: Application[];
  events: TimelineEvent[];
  debriefs: DebriefSummary[];
  nextSteps: NextStepItem[];
}

/** The action items debriefs' next steps became: one indexed prefix read of a few records. */
function readNextSteps(db: ReboundDb): Promise<ActionItem[]> {
  const hasItems = db.tables.some((table) => table.name === 'actionItems');
  return hasItems ? db.actionItems.where('id').startsWith(NEXT_STEP_PREFIX).toArray() : Promise.resolve([]);
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
  const [applications, events, rawDebriefs, nextSteps] = await Promise.all([
    db.applications.toArray(),
    db.events.toArray(),
    hasDebriefs ? db.table('debriefs').toArray() : Promise.resolve([]),
    readNextSteps(db),
  ]);
  const debriefs = rawDebriefs.map(toDebriefSummary).filter((d): d is DebriefSummary => d !== null);
  return { applications, events, debriefs, nextSteps };
}

/**
 * A cheap fingerprint of what loadNudgeData would return, from indexed reads of one record each and
 * native counts: it changes when an application is saved, changed, deleted or restored, an event is
 * logged, or a debrief changes. The background skips re-running the rules for the popup while it
 * matches (within a time limit, since the rules also read the clock).
 */
export async function nudgeDataBasis(db: ReboundDb): Promise<string> {
  const hasDebriefs = db.tables.some((table) => table.name === 'debriefs');
  const [apps, lastApp, lastEventId, debriefs, lastDebrief, nextSteps] = await Promise.all([
    db.applications.count(),
    db.applications.orderBy('updatedAt').last(),
    db.events.orderBy(':id').reverse().limit(1).primaryKeys(),
    hasDebriefs ? db.table('debriefs').count() : Promise.resolve(0),
    hasDebriefs ? db.table('debriefs').orderBy('updatedAt').last() : Promise.resolve(undefined),
    readNextSteps(db),
  ]);
  const debrief = lastDebrief as { id?: unknown; updatedAt?: unknown } | undefined;
  const steps = nextSteps.map((item) => [item.id, item.updatedAt]);
  return JSON.stringify([apps, lastApp?.id, lastApp?.updatedAt, lastEventId[0], debriefs, debrief?.id, debrief?.updatedAt, steps]);
}
