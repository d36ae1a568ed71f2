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
  const [total, inFlight, appliedThisWeek] = await Promise.all([
    db.applications.count(),
    db.applications.where('stage').anyOf([...IN_FLIGHT]).count(),
    db.applications.where('appliedAt').aboveOrEqual(startOfWeek(now)).count(),
  ]);
  return { total, inFlight, appliedThisWeek };
}
