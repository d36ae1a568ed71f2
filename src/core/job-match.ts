/**
 * One job across sites. A job is often found on a board (LinkedIn, Indeed, Glassdoor…) and applied to
 * on the employer's own system (Greenhouse, Workday…): the two pages share no address and no job id.
 * When the application comes in, these rules say which saved records could be that job:
 * - the same company, as people say it ("Acme, Inc." and "ACME" are one company);
 * - the same title, word for word apart from punctuation and gender markers, or one title holding all
 *   the words of the other ("Software Engineer, Payments" for "Software Engineer"); seniority words
 *   (Senior, Staff, Lead, Principal, Junior…) must agree exactly: Senior and Staff are two jobs;
 * - a record still open (not rejected, withdrawn, accepted or left without response), seen in the last
 *   30 days, and not the same board's record of another job id (two ids on one board are two jobs).
 * Pure functions over plain data: the background's capture path feeds them records, and asks the
 * person when more than one could be the job.
 */
import { sameCompany as sameEmployer } from './reply/company-name';
import { CLOSED } from './stages';
import type { Application, JobDraft } from './types';

export const MATCH_WINDOW_DAYS = 30;
const DAY_MS = 86_400_000;
/** Hostile or runaway text: only this much of a title or company is ever compared. */
const MAX_TEXT = 300;

/** Words that say how senior a job is: they must agree for two titles to be one job. */
const SENIORITY: Record<string, string> = {
  senior: 'senior', sr: 'senior', snr: 'senior',
  junior: 'junior', jr: 'junior', jnr: 'junior',
  staff: 'staff', lead: 'lead', principal: 'principal', distinguished: 'distinguished',
  head: 'head', chief: 'chief', director: 'director', vp: 'vp', intern: 'intern', internship: 'intern',
  trainee: 'trainee', graduate: 'graduate', entry: 'entry', associate: 'associate', mid: 'mid',
  i: 'level-1', ii: 'level-2', iii: 'level-3', iv: 'level-4', '1': 'level-1', '2': 'level-2', '3': 'level-3', '4': 'level-4',
};

/** Words that never tell two jobs apart: joiners, and the gender markers of German and French postings. */
const FILLER = new Set(['the', 'a', 'an', 'of', 'and', 'for', 'to', 'in', 'at', 'with', 'm', 'w', 'f', 'd', 'x', 'h', 'mwd', 'fmd', 'mfd', 'wmd', 'hf', 'fh', 'all', 'genders', 'gn']);

/** Lower case, accents folded, split into letter/digit words. Bounded, linear, never throws. */
export function words(text: string | null | undefined): string[] {
  const plain = String(text ?? '')
    .slice(0, MAX_TEXT)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
  return plain.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

export interface TitleKey {
  /** Seniority words, normalised ("Sr." → senior), sorted. */
  seniority: string[];
  /** Every other word that names the job. */
  rest: Set<string>;
}

export function titleKey(title: string | null | undefined): TitleKey {
  const seniority = new Set<string>();
  const rest = new Set<string>();
  for (const word of words(title)) {
    const level = SENIORITY[word];
    if (level) seniority.add(level);
    else if (!FILLER.has(word)) rest.add(word);
  }
  return { seniority: [...seniority].sort(), rest };
}

function containsAll(big: Set<string>, small: Set<string>): boolean {
  for (const word of small) if (!big.has(word)) return false;
  return true;
}

/** Same job title: seniority agrees, and one title's words are all in the other. */
export function sameTitle(a: string, b: string): boolean {
  const [ka, kb] = [titleKey(a), titleKey(b)];
  if (ka.rest.size === 0 || kb.rest.size === 0) return false;
  if (ka.seniority.join(' ') !== kb.seniority.join(' ')) return false;
  return ka.rest.size <= kb.rest.size ? containsAll(kb.rest, ka.rest) : containsAll(ka.rest, kb.rest);
}

/**
 * The same employer as people say it ("Acme Robotics, Inc." and "ACME Robotics"; "Raytheon" and
 * "Raytheon Technologies"): the rule replies are matched by too (src/core/reply/company-name.ts).
 */
export function sameCompany(a: string, b: string): boolean {
  return sameEmployer(String(a ?? '').slice(0, MAX_TEXT), String(b ?? '').slice(0, MAX_TEXT));
}

/** The part of a record these rules read. */
export type MatchRecord = Pick<Application, 'id' | 'title' | 'company' | 'board' | 'jobId' | 'stage' | 'savedAt' | 'updatedAt'>;
export type MatchDraft = Pick<JobDraft, 'title' | 'company' | 'board' | 'jobId'>;

/** Seen (saved, or last changed) within the window before `now`. */
export function recentEnough(record: Pick<Application, 'savedAt' | 'updatedAt'>, now: number, days = MATCH_WINDOW_DAYS): boolean {
  const seen = Math.max(record.savedAt || 0, record.updatedAt || 0);
  return now - seen <= days * DAY_MS;
}

/** Two ids on the same board are two jobs, whatever their titles say. */
function otherJobOnSameBoard(draft: MatchDraft, record: MatchRecord): boolean {
  const board = draft.board.toLowerCase();
  return board !== '' && board !== 'web' && board === record.board.toLowerCase() && draft.jobId !== '' && record.jobId !== '' && draft.jobId.toLowerCase() !== record.jobId.toLowerCase();
}

/** Could this record be the job the draft describes (company and title, an open record, recent)? */
export function couldBeSameJob(draft: MatchDraft, record: MatchRecord, now: number): boolean {
  if (CLOSED.has(record.stage) || !recentEnough(record, now)) return false;
  if (otherJobOnSameBoard(draft, record)) return false;
  return sameCompany(draft.company, record.company) && sameTitle(draft.title, record.title);
}

/** Every record that could be the draft's job, most recently seen first. */
export function sameJobCandidates<R extends MatchRecord>(draft: MatchDraft, records: readonly R[], now: number): R[] {
  return records
    .filter((record) => couldBeSameJob(draft, record, now))
    .sort((a, b) => Math.max(b.savedAt, b.updatedAt) - Math.max(a.savedAt, a.updatedAt));
}

/** The earliest moment a record can have been seen and still be a candidate at `now`. */
export function windowStart(now: number, days = MATCH_WINDOW_DAYS): number {
  return now - days * DAY_MS;
}

/** How likely a record is the same job, for "Same job as…": company and title 3, company 2, a shared title word 1. */
export function sameJobScore(app: MatchDraft, record: MatchRecord): number {
  const company = sameCompany(app.company, record.company);
  if (company && sameTitle(app.title, record.title)) return 3;
  if (company) return 2;
  const mine = titleKey(app.title).rest;
  return [...titleKey(record.title).rest].some((word) => mine.has(word)) ? 1 : 0;
}

/** Every word of the search is the start of a word of the record's title or company. */
function matchesSearch(record: MatchRecord, search: string[]): boolean {
  const said = words(`${record.title} ${record.company}`);
  return search.every((part) => said.some((word) => word.startsWith(part)));
}

/**
 * The records a person may join an application with ("Same job as…" on its page), most likely first
 * (company and title, then company, then a shared title word; the most recently seen first among
 * equals). Without a search, only likely ones; with one, every record it names. Any stage, any age:
 * the person decides, and confirms.
 */
export function joinCandidates<R extends MatchRecord>(app: MatchDraft & Pick<Application, 'id'>, records: readonly R[], search = '', limit = 8): R[] {
  const parts = words(search);
  return records
    .filter((record) => record.id !== app.id)
    .map((record) => ({ record, score: sameJobScore(app, record) }))
    .filter(({ record, score }) => (parts.length ? matchesSearch(record, parts) : score > 0))
    .sort((a, b) => b.score - a.score || Math.max(b.record.savedAt, b.record.updatedAt) - Math.max(a.record.savedAt, a.record.updatedAt))
    .slice(0, limit)
    .map(({ record }) => record);
}
