/** The two numbers the popup and the options header lead with, as live-queryable reads. */
import { IN_FLIGHT } from '../core/stages';
import type { ReboundDb } from '../db/schema';
import { startOfWeek } from './format';

export interface PipelineCounts {
  total: number;
  inFlight: number;
  /** Applications sent since Monday (their applied date, not when they were saved). */
  appliedThisWeek: number;
}

export async function pipelineCounts(db: ReboundDb, now = Date.now()): Promise<PipelineCounts> {
  // One plain key range per stage: each is a native IDBIndex.count(). (Dexie counts an anyOf() by
  // walking a cursor in script, one callback per record: tens of milliseconds at 10,000.)
  const [total, appliedThisWeek, ...perStage] = await Promise.all([
    db.applications.count(),
    db.applications.where('appliedAt').aboveOrEqual(startOfWeek(now)).count(),
    ...[...IN_FLIGHT].map((stage) => db.applications.where('stage').equals(stage).count()),
  ]);
  return { total, inFlight: perStage.reduce((sum, n) => sum + n, 0), appliedThisWeek };
}

export interface SummaryCounts {
  /** Whether there is any application at all (the popup hides its numbers when there is none). */
  any: boolean;
  inFlight: number;
  appliedThisWeek: number;
}

/**
 * The popup's numbers, without the total: counting every record is the slowest of these reads at
 * 10,000 applications, and the popup only needs to know whether there is one.
 */
export async function summaryCounts(db: ReboundDb, now = Date.now()): Promise<SummaryCounts> {
  const [first, appliedThisWeek, ...perStage] = await Promise.all([
    db.applications.limit(1).primaryKeys(),
    db.applications.where('appliedAt').aboveOrEqual(startOfWeek(now)).count(),
    ...[...IN_FLIGHT].map((stage) => db.applications.where('stage').equals(stage).count()),
  ]);
  return { any: first.length > 0, inFlight: perStage.reduce((sum, n) => sum + n, 0), appliedThisWeek };
}
