/**
 * When may the popup say "Looks like you just applied"? A confirmation-like page is not enough: an
 * article about following up after applying has the same headings. Only when this tab saw the
 * submission, or the page is a confirmation that names a job (a board's own job id), is it treated
 * as one; any other page is a page to save.
 */
import type { DetectResult, RecentJob } from '../../shared/messages';

export function pageForPopup(result: DetectResult, recent: RecentJob | null): DetectResult['page'] {
  if (result.page !== 'confirmation') return result.page;
  const sawSubmission = recent?.submittedAt !== null && recent?.submittedAt !== undefined;
  const namesAJob = result.draft.jobId.trim() !== '' && result.draft.title.trim() !== '';
  return sawSubmission || namesAJob ? 'confirmation' : 'other';
}
