/**
 * A link someone typed or pasted (a spreadsheet cell, the "Add a job" form) → the posting URL, and
 * the board and job id when Rebound knows the site, so dedupe works as for a captured job.
 */
import { boardKeyAt, siteFor } from '../sites/find';
import { canonicalUrl, jobKey } from './dedupe';

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

/**
 * The keys a capture at one of a job's other addresses is found by: each address's canonical URL, and
 * its board job key where it is on a board Rebound knows ("greenhouse:4012345" from either of
 * Greenhouse's hosts, tracking parameters or not). Sorted, no duplicates, never "".
 */
export function addressKeys(urls: readonly string[] | undefined): string[] {
  const keys = new Set<string>();
  for (const raw of (urls ?? []).slice(0, 20)) {
    if (typeof raw !== 'string') continue;
    const link = jobLink(raw);
    if (!link.url) continue;
    keys.add(canonicalUrl(link.url));
    keys.add(jobKey(link.board, link.jobId));
  }
  keys.delete('');
  return [...keys].sort();
}
