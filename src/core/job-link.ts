/**
 * A link someone typed or pasted (a spreadsheet cell, the "Add a job" form) → the posting URL, and
 * the board and job id when Rebound knows the site, so dedupe works as for a captured job.
 */
import { boardKeyAt, siteFor } from '../sites/find';

export interface JobLink {
  /** "" when there was no usable link. */
  url: string;
  board: string;
  jobId: string;
}

/** Only http(s) links are kept as links: a "javascript:" cell is never stored as a posting URL. */
export function httpUrl(raw: string): URL | null {
  const text = raw.trim();
  if (!text) return null;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

export function jobLink(raw: string): JobLink {
  const url = httpUrl(raw);
  if (!url) return { url: '', board: '', jobId: '' };
  // The same rule as a page: a board's job key only from an address on the board's own hosts.
  return { url: url.href, ...boardKeyAt(siteFor(url), url) };
}
