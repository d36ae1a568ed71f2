/**
 * Which job a page is about, and whether two drafts are the same job: the posting seen before and the
 * confirmation seen now must be matched up (dedupe uses board + job id, so they become one
 * application), and a remembered posting must never be pinned on another job's confirmation.
 */
import { isStepHeading } from '../core/step-heading';
import type { JobDraft } from '../core/types';

type JobRef = Pick<JobDraft, 'board' | 'jobId' | 'url'> & { title?: string };

/** A step of an application flow ("Please review your application") names no job: no title at all. */
function titleKey(title: string | undefined): string {
  if (isStepHeading(title)) return '';
  return (title ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function host(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

/**
 * Same job when both carry the board's job id and they agree. Without an id on one side (Indeed's
 * smartapply steps, a career site without ids) it is the same job when the titles (if both have one)
 * agree and it is the same board, or the same site for a plain web page: the memory is per tab and
 * short-lived, so that is the job the person was just on.
 */
export function sameJob(a: JobRef, b: JobRef): boolean {
  if (a.board && b.board && a.jobId && b.jobId) {
    return a.board.toLowerCase() === b.board.toLowerCase() && a.jobId.toLowerCase() === b.jobId.toLowerCase();
  }
  const [ta, tb] = [titleKey(a.title), titleKey(b.title)];
  if (ta && tb && !ta.includes(tb) && !tb.includes(ta)) return false;
  if (a.board && a.board !== 'web' && a.board === b.board) return true;
  return host(a.url) !== '' && host(a.url) === host(b.url);
}

type TextField = 'title' | 'company' | 'location' | 'salary' | 'employmentType' | 'description' | 'board' | 'jobId' | 'applyUrl';
const FIELDS: TextField[] = ['title', 'company', 'location', 'salary', 'employmentType', 'description', 'board', 'jobId', 'applyUrl'];

/**
 * The posting seen before the submission wins (confirmation pages often lack details, or only say
 * "Thank you"); what the later page knows fills the gaps. The posting's URL is kept: it is the job's.
 */
export function mergeDrafts(earlier: JobDraft | null, later: JobDraft | null): JobDraft | null {
  if (!earlier) return later;
  if (!later) return earlier;
  const out: JobDraft = { ...earlier };
  // A step heading read as a title (the remembered page was a step) gives way to a real one.
  if (isStepHeading(out.title) && !isStepHeading(later.title)) out.title = '';
  for (const field of FIELDS) if (!out[field] && later[field]) out[field] = later[field];
  out.workMode = earlier.workMode ?? later.workMode;
  if (out.board === 'web' && later.board && later.board !== 'web') out.board = later.board;
  return out;
}
