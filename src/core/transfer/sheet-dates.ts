/**
 * Dates as people type them in spreadsheets: 2026-03-14, 14/03/2026 or 3/14/2026, 14.03.2026,
 * "Mar 14, 2026", "14 March 2026", and Excel's day numbers (45000). Read as local dates at noon, so
 * a time-zone change never moves them to another day.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export type DayOrder = 'dmy' | 'mdy';

function localNoon(year: number, month: number, day: number): number | null {
  if (year < 100) year += 2000;
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1970 || year > 2200) return null;
  const d = new Date(year, month - 1, day, 12);
  return d.getMonth() === month - 1 && d.getDate() === day ? d.getTime() : null;
}

/**
 * In a column of slash dates, a first number over 12 can only be a day: then the column is
 * day/month/year, else month/day/year (the format of the US trackers most templates come from).
 */
export function guessDayOrder(values: readonly string[]): DayOrder {
  for (const value of values) {
    const match = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}/.exec(value);
    if (match && Number(match[1]) > 12) return 'dmy';
    if (match && Number(match[2]) > 12) return 'mdy';
  }
  return 'mdy';
}

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** A timestamp (ms), or null when the text is not a date Rebound can read. */
export function parseSheetDate(raw: string, order: DayOrder = 'mdy'): number | null {
  const text = raw.trim();
  if (!text) return null;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(text);
  if (m) return localNoon(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(text);
  if (m) return localNoon(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:\s.*)?$/.exec(text);
  if (m) {
    const [a, b, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    // Dots are a day-first habit (14.03.2026) wherever they are used.
    const dayFirst = text.includes('.') || order === 'dmy';
    return dayFirst ? localNoon(year, b, a) : localNoon(year, a, b);
  }
  m = /^([a-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/i.exec(text);
  if (m && monthIndex(m[1]!) > 0) return localNoon(Number(m[3]), monthIndex(m[1]!), Number(m[2]));
  m = /^(\d{1,2})(?:st|nd|rd|th)? ([a-z]{3,9})\.?,? (\d{4})$/i.exec(text);
  if (m && monthIndex(m[2]!) > 0) return localNoon(Number(m[3]), monthIndex(m[2]!), Number(m[1]));
  // Excel and LibreOffice store dates as days since 30 Dec 1899; 25569 is 1 Jan 1970.
  if (/^\d{5}(\.\d+)?$/.test(text)) {
    const serial = Math.floor(Number(text));
    if (serial > 25569 && serial < 120000) {
      const utc = new Date((serial - 25569) * 86_400_000);
      return localNoon(utc.getUTCFullYear(), utc.getUTCMonth() + 1, utc.getUTCDate());
    }
  }
  return null;
}
