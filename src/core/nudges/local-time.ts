/**
 * Calendar arithmetic in the user's own time zone, from an instant (epoch ms) and an IANA zone name.
 * Everything goes through Intl, never through the process's local zone, so the rules behave the same
 * in a service worker, a unit test and a browser set to another zone, and a day that is 23 or 25
 * hours long (a daylight-saving change) is still one day.
 */

export interface LocalParts {
  year: number;
  month: number; // 1–12
  day: number;
  hour: number;
  minute: number;
  /** ISO weekday: Monday 1 … Sunday 7. */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      weekday: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** A zone name Intl accepts, else UTC: a bad setting must never stop the rules. */
export function safeTimeZone(timeZone: string | undefined): string {
  if (!timeZone) return 'UTC';
  try {
    formatter(timeZone);
    return timeZone;
  } catch {
    return 'UTC';
  }
}

/** The browser's own zone (what the user's clock shows). */
export function systemTimeZone(): string {
  return safeTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone);
}

export function localParts(at: number, timeZone: string): LocalParts {
  const parts: Record<string, string> = {};
  for (const { type, value } of formatter(timeZone).formatToParts(new Date(at))) parts[type] = value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    // Some engines print midnight as "24" even with h23.
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    weekday: WEEKDAYS[parts.weekday ?? ''] ?? 1,
  };
}

/** A calendar day as a count of days since 1970-01-01: differences are whole calendar days. */
function dayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

export function localDayNumber(at: number, timeZone: string): number {
  const p = localParts(at, timeZone);
  return dayNumber(p.year, p.month, p.day);
}

/** "2026-03-29": the local calendar day, for keys and logs. */
export function localDayKey(at: number, timeZone: string): string {
  const p = localParts(at, timeZone);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** How many calendar days (midnights) lie between two instants, as the user's calendar counts them. */
export function calendarDaysBetween(from: number, to: number, timeZone: string): number {
  return localDayNumber(to, timeZone) - localDayNumber(from, timeZone);
}

/** Minutes since local midnight on the wall clock (0–1439). */
export function localMinutes(at: number, timeZone: string): number {
  const p = localParts(at, timeZone);
  return p.hour * 60 + p.minute;
}

/** The offset of the zone from UTC at an instant, in minutes (Berlin in summer: +120). */
function offsetMinutes(at: number, timeZone: string): number {
  const p = localParts(at, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  return Math.round((asUtc - Math.floor(at / 60_000) * 60_000) / 60_000);
}

/**
 * The instant a wall-clock time happens on a local calendar day. A time skipped by a spring-forward
 * change (02:30 on the night clocks jump to 03:00) moves forward by the length of the gap (03:30), as
 * Temporal's "compatible" disambiguation does; a time that happens twice in autumn is the first one.
 */
export function zonedInstant(dayNum: number, minutes: number, timeZone: string): number {
  const wall = dayNum * 86_400_000 + minutes * 60_000;
  // Try the offsets in force around that day; keep the earliest guess that reads back as asked.
  const candidates = [offsetMinutes(wall - 86_400_000, timeZone), offsetMinutes(wall + 86_400_000, timeZone)];
  const hits = candidates
    .map((offset) => wall - offset * 60_000)
    .filter((at) => localDayNumber(at, timeZone) === dayNum && localMinutes(at, timeZone) === minutes)
    .sort((a, b) => a - b);
  if (hits[0] !== undefined) return hits[0];
  // In a gap: the wall time does not exist; the offset from before the jump lands after it.
  return wall - Math.min(...candidates) * 60_000;
}

/** Monday 00:00 local of the week holding `at` (weeks start on Monday). */
export function startOfLocalWeek(at: number, timeZone: string): number {
  const p = localParts(at, timeZone);
  return zonedInstant(dayNumber(p.year, p.month, p.day) - (p.weekday - 1), 0, timeZone);
}

/** "2026-W13"-like key of the week holding `at`: the date of its Monday. */
export function localWeekKey(at: number, timeZone: string): string {
  return localDayKey(startOfLocalWeek(at, timeZone), timeZone);
}

/** "21:30" → 1290; anything malformed → null. */
export function parseClock(value: string): number | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** The next instant, strictly after `after`, when the local wall clock shows `minutes`. */
export function nextLocalTime(after: number, minutes: number, timeZone: string): number {
  const today = localDayNumber(after, timeZone);
  for (let day = today; day <= today + 2; day++) {
    const at = zonedInstant(day, minutes, timeZone);
    if (at > after) return at;
  }
  return zonedInstant(today + 1, minutes, timeZone);
}
