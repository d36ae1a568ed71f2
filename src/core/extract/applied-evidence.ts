/**
 * When may the popup say "Looks like you just applied"? A confirmation-like page is not enough: an
 * article about following up after applying has the same headings. Only when this tab saw the
 * submission, or the page is a confirmation that names a job (a board's own job id), is it treated
 * as one; any other page is a page to save.
 */
import type { JobDraft, PageKind } from '../types';

/** What detection found on the page (the popup's detect reply). */
interface Detected {
  page: PageKind;
  draft: Pick<JobDraft, 'jobId' | 'title'>;
}

/** `recent`: what this tab last captured, with when it saw a submission (null: none). */
export function pageForPopup(result: Detected, recent: { submittedAt: number | null } | null): PageKind {
  if (result.page !== 'confirmation') return result.page;
  const sawSubmission = recent?.submittedAt !== null && recent?.submittedAt !== undefined;
  const namesAJob = result.draft.jobId.trim() !== '' && result.draft.title.trim() !== '';
  return sawSubmission || namesAJob ? 'confirmation' : 'other';
}
