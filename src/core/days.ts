/** Calendar days in the person's own time zone, as <input type="date"> and spreadsheets write them. */

/** Local calendar date, "2026-03-14": what spreadsheets recognise as a date in every locale. */
export function isoDay(at: number | null | undefined): string {
  if (at === null || at === undefined || !Number.isFinite(at)) return '';
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Local midnight of a "YYYY-MM-DD" day, or null when the text is not a real date. */
export function dayStart(day: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day.trim());
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(y, m - 1, d);
  return date.getFullYear() === y && date.getMonth() === m - 1 && date.getDate() === d ? date.getTime() : null;
}

/**
 * A corrected day for a moment already stored: the new day at the same time of day as before (so
 * only the date moves), or at noon when there was none. Null when the text is not a real date.
 */
export function onDay(day: string, previous: number | null): number | null {
  const start = dayStart(day);
  if (start === null) return null;
  const date = new Date(start);
  if (previous === null) date.setHours(12, 0, 0, 0);
  else {
    const before = new Date(previous);
    date.setHours(before.getHours(), before.getMinutes(), before.getSeconds(), before.getMilliseconds());
  }
  return date.getTime();
}
