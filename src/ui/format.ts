/** How dates, boards and work modes read on screen. Plain functions, so tests can pin `now`. */
import type { WorkMode } from '../core/types';

const DAY = 24 * 60 * 60 * 1000;

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const dateWithYear = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
const weekday = new Intl.DateTimeFormat(undefined, { weekday: 'long' });

export function formatDateTime(at: number): string {
  return dateTime.format(at);
}

function startOfDay(at: number): number {
  const d = new Date(at);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

/** "Today", "Yesterday", "Tuesday" (this week), "3 Mar", "3 Mar 2025". */
export function formatDay(at: number, now = Date.now()): string {
  const days = Math.round((startOfDay(now) - startOfDay(at)) / DAY);
  if (days === 0) return 'Today';
  if (days === 1) return 'Yesterday';
  if (days > 1 && days < 7) return weekday.format(at);
  return new Date(at).getFullYear() === new Date(now).getFullYear() ? dateOnly.format(at) : dateWithYear.format(at);
}

/** formatDay inside a sentence: "saved today", "saved Tuesday", "saved 3 Mar". */
export function formatDayInSentence(at: number, now = Date.now()): string {
  const day = formatDay(at, now);
  return day === 'Today' || day === 'Yesterday' ? day.toLowerCase() : day;
}

/** Monday 00:00 local time of the week containing `now`: "this week" starts there. */
export function startOfWeek(now = Date.now()): number {
  const d = new Date(startOfDay(now));
  const sinceMonday = (d.getDay() + 6) % 7;
  d.setDate(d.getDate() - sinceMonday);
  return d.getTime();
}

export const WORK_MODE_LABELS: Record<WorkMode, string> = {
  remote: 'Remote',
  hybrid: 'Hybrid',
  onsite: 'On-site',
};

const BOARD_LABELS: Record<string, string> = {
  linkedin: 'LinkedIn',
  indeed: 'Indeed',
  glassdoor: 'Glassdoor',
  wellfound: 'Wellfound',
  greenhouse: 'Greenhouse',
  lever: 'Lever',
  ashby: 'Ashby',
  workday: 'Workday',
  // Enterprise ATSs (issue 14).
  oracle: 'Oracle Recruiting',
  taleo: 'Taleo',
  successfactors: 'SuccessFactors',
  ukgpro: 'UKG Pro',
  dayforce: 'Dayforce',
  adp: 'ADP',
  eightfold: 'Eightfold',
  avature: 'Avature',
  pinpoint: 'Pinpoint',
  comeet: 'Comeet',
  softgarden: 'softgarden',
  smartrecruiters: 'SmartRecruiters',
  icims: 'iCIMS',
  workable: 'Workable',
  jobvite: 'Jobvite',
  bamboohr: 'BambooHR',
  teamtailor: 'Teamtailor',
  recruitee: 'Recruitee',
  breezy: 'Breezy HR',
  personio: 'Personio',
  // Small-business ATSs and boards (issue 14).
  dice: 'Dice',
  dover: 'Dover',
  gem: 'Gem',
  jazzhr: 'JazzHR',
  join: 'JOIN',
  naukri: 'Naukri',
  reed: 'Reed',
  rippling: 'Rippling',
  stepstone: 'StepStone',
  welcometothejungle: 'Welcome to the Jungle',
  ziprecruiter: 'ZipRecruiter',
  web: 'Company site',
};

/** Board ids the UI offers in its "Found on" list, in the order people meet them. */
export const BOARD_IDS: readonly string[] = Object.keys(BOARD_LABELS);

/** A board id as people say it ("greenhouse" → "Greenhouse"); unknown ids are shown as typed. */
export function boardLabel(board: string): string {
  return BOARD_LABELS[board.toLowerCase()] ?? board;
}

/** Only http(s) addresses become links: a stored javascript: or data: URL never does. */
export function safeHttpUrl(raw: string): string | null {
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString()} ${count === 1 ? one : many}`;
}

/** What each editable field is called on screen (form labels and "Edited …" timeline lines). */
export const FIELD_LABELS = {
  title: 'Job title',
  company: 'Company',
  location: 'Location',
  workMode: 'Work mode',
  salary: 'Salary',
  employmentType: 'Employment type',
  board: 'Found on',
  jobId: 'Job ID',
  postingUrl: 'Posting link',
  description: 'Description',
  notes: 'Notes',
  tags: 'Tags',
  excitement: 'How excited you are',
  deadline: 'Deadline to apply',
  resumeVersion: 'Résumé sent',
  coverLetterVersion: 'Cover letter sent',
  savedAt: 'Saved on',
  appliedAt: 'Applied on',
} as const satisfies Record<string, string>;
