/**
 * Final clean-up of a draft: one-line fields, board suffixes removed from titles, lengths clipped
 * to what the message schema accepts (so a capture is never rejected for being long).
 */
import { clip, squash } from '../text';
import type { JobDraft } from '../types';
import { inlineText } from './html-text';

const BOARD_SUFFIX =
  /\s+[|–—-]\s+(linkedin|indeed(\.com)?|glassdoor|seek|jobright(\.ai)?|wellfound|monster|ziprecruiter|greenhouse|lever|workable|careers?|jobs?)\s*$/i;

export function cleanTitle(raw: string): string {
  let title = inlineText(raw).replace(/^\(\d+\+?\)\s+/, '');
  for (let i = 0; i < 3 && BOARD_SUFFIX.test(title); i++) title = title.replace(BOARD_SUFFIX, '');
  return title;
}

export function normalizeDraft(draft: JobDraft): JobDraft {
  return {
    title: clip(cleanTitle(draft.title), 500),
    company: clip(inlineText(draft.company).replace(/^at\s+/i, ''), 300),
    location: clip(inlineText(draft.location), 500),
    salary: clip(inlineText(draft.salary), 300),
    employmentType: clip(inlineText(draft.employmentType), 100),
    workMode: draft.workMode,
    board: clip(squash(draft.board), 60) || 'web',
    jobId: clip(squash(draft.jobId), 200),
    url: draft.url,
    description: clip(draft.description.replace(/[ \t]+/g, ' ').replace(/\n{3,}/g, '\n\n').trim(), 100_000),
  };
}
