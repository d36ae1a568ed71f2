/**
 * Final clean-up of a draft: one-line fields, board suffixes removed from titles, lengths clipped
 * to what the message schema accepts (so a capture is never rejected for being long), and nothing a
 * page wrote can come out as markup or as a script address.
 */
import { clip, squash } from '../text';
import type { JobDraft } from '../types';
import { inlineText, MAX_MARKUP_CHARS, stripTags } from './html-text';

const BOARD_SUFFIX =
  /\s+[|–—-]\s+(linkedin|indeed(\.com)?|glassdoor|seek|jobright(\.ai)?|wellfound|monster|ziprecruiter|greenhouse|lever|workable|careers?|jobs?)\s*$/i;

/**
 * Text that a browser would read as a script or data address if it were ever used as a link: the URL
 * parser skips leading spaces and controls and drops tabs and new lines anywhere.
 */
// eslint-disable-next-line no-control-regex -- the URL parser's own rule: C0 controls and space
const SCRIPT_ADDRESS = /^[\u0000-\u0020]*(javascript|vbscript|data):/i;

export function isScriptAddress(text: string): boolean {
  return SCRIPT_ADDRESS.test(text.slice(0, 64).replace(/[\t\n\r]/g, ''));
}

/** A one-line field: plain text, and never a script address ("javascript:…" is not a company name). */
function field(raw: string, max: number): string {
  const text = clip(inlineText(raw), max);
  return isScriptAddress(text) ? '' : text;
}

export function cleanTitle(raw: string): string {
  let title = inlineText(raw).replace(/^\(\d+\+?\)\s+/, '');
  for (let i = 0; i < 3 && BOARD_SUFFIX.test(title); i++) title = title.replace(BOARD_SUFFIX, '');
  return title;
}

/** A description read from the page's text may still spell out tags ("<script>…"): they go too. */
function cleanDescription(raw: string): string {
  let text = stripTags(raw.length > MAX_MARKUP_CHARS ? raw.slice(0, MAX_MARKUP_CHARS) : raw)
    .replace(/[ \t]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  // Drop a leading "javascript:" rather than the whole description (all of it only if that is not enough).
  // eslint-disable-next-line no-control-regex -- as SCRIPT_ADDRESS
  text = text.replace(/^(?:[\u0000-\u0020]*(?:javascript|vbscript|data):)+/i, '').trim();
  return isScriptAddress(text) ? '' : clip(text, 100_000);
}

export function normalizeDraft(draft: JobDraft): JobDraft {
  const title = clip(cleanTitle(draft.title), 500);
  return {
    title: isScriptAddress(title) ? '' : title,
    company: field(inlineText(draft.company).replace(/^at\s+/i, ''), 300),
    location: field(draft.location, 500),
    salary: field(draft.salary, 300),
    employmentType: field(draft.employmentType, 100),
    workMode: draft.workMode,
    board: clip(squash(draft.board), 60) || 'web',
    jobId: clip(squash(draft.jobId), 200),
    url: draft.url,
    description: cleanDescription(draft.description),
  };
}
