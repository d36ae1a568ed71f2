/** The numbers that put one rejection in proportion: what is still in flight, what is waiting. */
import { IN_FLIGHT } from '../../core/stages';
import type { Application } from '../../core/types';
import type { ReboundDb } from '../../db/schema';
import { startOfWeek } from '../../ui/format';

export interface LiveNumbers {
  inFlight: number;
  saved: number;
  appliedThisWeek: number;
}

export async function liveNumbers(db: ReboundDb, now = Date.now()): Promise<LiveNumbers> {
  const [inFlight, saved, appliedThisWeek] = await Promise.all([
    db.applications.where('stage').anyOf([...IN_FLIGHT]).count(),
    db.applications.where('stage').equals('saved').count(),
    db.applications.where('appliedAt').aboveOrEqual(startOfWeek(now)).count(),
  ]);
  return { inFlight, saved, appliedThisWeek };
}

/** Saved jobs not applied to yet, newest first. */
export async function savedJobs(db: ReboundDb, limit = 5): Promise<Application[]> {
  const saved = await db.applications.where('stage').equals('saved').toArray();
  return saved.sort((a, b) => b.savedAt - a.savedAt).slice(0, limit);
}
