/**
 * Interviews in the next seven days, for the popup and the pipeline: one range read of the
 * interview-date index (schema v4), so it costs the same with 10 applications or 10,000.
 */
import { roundsBetween, UPCOMING_DAYS, type UpcomingRound } from '../core/interviews';
import { CLOSED } from '../core/stages';
import type { ReboundDb } from './schema';

const DAY = 86_400_000;

export async function upcomingInterviews(db: ReboundDb, now = Date.now(), days = UPCOMING_DAYS): Promise<UpcomingRound[]> {
  // From an hour ago: an interview that started a moment ago is still "now".
  const from = now - 3_600_000;
  const to = now + days * DAY;
  const apps = await db.applications.where('interviewAt').between(from, to, true, false).distinct().toArray();
  return roundsBetween(apps.filter((app) => !CLOSED.has(app.stage)), from, to);
}
