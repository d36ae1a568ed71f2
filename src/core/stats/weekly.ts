/** Applications sent per calendar week (Monday to Sunday, local time), for the last N weeks. */
import type { History } from './history';

export interface WeekCount {
  /** Monday 00:00 local time. */
  start: number;
  count: number;
}

/** Monday 00:00 local time of the week holding `at`. */
export function weekStart(at: number): number {
  const d = new Date(at);
  d.setHours(0, 0, 0, 0);
  d.setDate(d.getDate() - ((d.getDay() + 6) % 7));
  return d.getTime();
}

/** Step by calendar days, not by 7 × 24 h, so a daylight-saving change never shifts a week. */
function addWeeks(start: number, weeks: number): number {
  const d = new Date(start);
  d.setDate(d.getDate() + weeks * 7);
  return d.getTime();
}

/** Oldest week first; the last entry is the week holding `now`. Weeks with nothing sent count 0. */
export function applicationsPerWeek(histories: readonly History[], now: number, weeks = 12): WeekCount[] {
  const current = weekStart(now);
  const result: WeekCount[] = [];
  for (let i = weeks - 1; i >= 0; i--) result.push({ start: addWeeks(current, -i), count: 0 });
  const first = result[0]!.start;
  const end = addWeeks(current, 1);
  const index = new Map(result.map((week, i) => [week.start, i]));
  for (const history of histories) {
    const at = history.sentAt;
    if (at === null || at < first || at >= end) continue;
    const i = index.get(weekStart(at));
    if (i !== undefined) result[i]!.count += 1;
  }
  return result;
}
