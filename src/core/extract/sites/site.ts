/**
 * One file per board or applicant-tracking system, each describing itself with `defineSite`: which
 * URLs are its own, the board's job id in those URLs (a posting page and its application page give
 * the same id, so they dedupe), what its pages say beyond structured data, and hints for classifying
 * its pages. Selectors drift; each site keeps its own so a change touches one file.
 */
import type { JobDraft } from '../../types';
import type { PageKind } from '../../../shared/messages';

export interface Site {
  /** Module id, e.g. "greenhouse". */
  id: string;
  /** Board id written to drafts ("web" for sites that are not a board). */
  board: string;
  /** Whether this URL (and, for custom domains, this document) belongs to the site. */
  matches(url: URL, doc?: Document): boolean;
  /** The board's own job id in the URL, or "". */
  jobId(url: URL): string;
  /** Fields read from the site's own markup. */
  extract?(doc: Document, url: URL): Partial<JobDraft>;
  /** Guesses of last resort (e.g. a company named after the host), used only when structured data
   *  and the page itself say nothing better. */
  fallback?(doc: Document, url: URL): Partial<JobDraft>;
  /** A classification the site is sure of, or null to let the general rules decide. */
  classify?(doc: Document, url: URL): PageKind | null;
  /** Routes the site only shows after an application went in. */
  isConfirmationUrl?(url: URL): boolean;
  /** For list views with one selected job: that job's own URL ("" when none is selected). */
  selectedJobUrl?(url: URL): string;
  /** Structured data on this URL may describe another job than the one shown (list/search views). */
  distrustStructured?(url: URL): boolean;
}

export function defineSite(site: Site): Site {
  return site;
}

/** Host is `domain` or a subdomain of it. */
export function onHost(url: URL, ...domains: string[]): boolean {
  const host = url.hostname.toLowerCase();
  return domains.some((d) => host === d || host.endsWith(`.${d}`));
}

export function pathParts(url: URL): string[] {
  return url.pathname.split('/').filter(Boolean).map((p) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return p;
    }
  });
}

export const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** Strip a trailing " logo" from an image's alt text ("GitLab Logo" → "GitLab"). */
export function logoName(alt: string | null | undefined): string {
  const text = (alt ?? '').replace(/\s+/g, ' ').trim();
  if (!/\blogo\b/i.test(text)) return '';
  const name = text.replace(/\s*\b(company )?logo\b\s*$/i, '').trim();
  return /\blogo\b/i.test(name) ? '' : name;
}
