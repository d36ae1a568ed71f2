/**
 * A date written in a reply ("on Tuesday, March 10, 2026 at 2:00 PM", "by 14 March", "2026-03-14"),
 * for an interview round or an assessment's due date. Returns epoch ms in local time, or null when
 * no date is written: a date is never guessed.
 */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const TIME = String.raw`(?:\s*(?:at|,|@)?\s*(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?)?`;

const MONTH_DAY = new RegExp(String.raw`\b${MONTH}\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?${TIME}`, 'i');
const DAY_MONTH = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}\.?(?:,?\s+(\d{4}))?${TIME}`, 'i');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?\b/;

function build(year: number, month: number, day: number, hour: string | undefined, minute: string | undefined, meridiem: string | undefined): number | null {
  let h = hour === undefined ? 9 : Number(hour);
  const m = minute === undefined ? 0 : Number(minute);
  const mer = meridiem?.toLowerCase().replace(/\./g, '');
  if (mer === 'pm' && h < 12) h += 12;
  if (mer === 'am' && h === 12) h = 0;
  // A bare number after the date without a colon or am/pm is not a time ("March 10, 2026 2 rounds").
  if (hour !== undefined && minute === undefined && !mer) h = 9;
  if (h > 23 || m > 59) return null;
  const date = new Date(year, month, day, h, m);
  return date.getMonth() === month && date.getDate() === day ? date.getTime() : null;
}

/** The first date in `text`; a date without a year is the next such day on or after `now`. */
export function findDate(text: string, now: number): number | null {
  const sample = text.slice(0, 20_000);
  const iso = ISO.exec(sample);
  if (iso) return build(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]), iso[4], iso[5], undefined);
  const md = MONTH_DAY.exec(sample);
  const dm = DAY_MONTH.exec(sample);
  const pick = md && (!dm || md.index <= dm.index) ? { month: md[1], day: md[2], year: md[3], h: md[4], mi: md[5], mer: md[6] } : dm ? { month: dm[2], day: dm[1], year: dm[3], h: dm[4], mi: dm[5], mer: dm[6] } : null;
  if (!pick?.month || !pick.day) return null;
  const month = MONTHS.indexOf(pick.month.slice(0, 3).toLowerCase());
  const today = new Date(now);
  let year = pick.year ? Number(pick.year) : today.getFullYear();
  let at = build(year, month, Number(pick.day), pick.h, pick.mi, pick.mer);
  if (!pick.year && at !== null && at < now - 24 * 3600 * 1000) {
    year += 1;
    at = build(year, month, Number(pick.day), pick.h, pick.mi, pick.mer);
  }
  return at;
}

const DATE_WORDS = /\b(?:by|until|before|due|deadline|on|at|expires?|within)\b/i;

/**
 * The date an interview invitation or an assessment states: in the sentence that decided the label,
 * else in the first line of the email that talks about a time ("by", "until", "on", "due"…).
 */
export function statedDate(label: string, sentence: string, body: string, now: number): number | null {
  if (label !== 'interview' && label !== 'assessment') return null;
  const inSentence = findDate(sentence, now);
  if (inSentence !== null) return inSentence;
  for (const line of body.slice(0, 8000).split(/\n|(?<=[.!?])\s+/)) {
    if (!DATE_WORDS.test(line)) continue;
    const at = findDate(line, now);
    if (at !== null) return at;
  }
  return null;
}
