/**
 * How one board or applicant-tracking system's pages are read (each site's extract.ts): the board's
 * job id in its URLs (a posting page and its application page give the same id, so they dedupe),
 * what its pages say beyond structured data, and hints for classifying them. Which hosts are the
 * site's, and its confirmation addresses, are in its urls.ts. Selectors drift; each site keeps its
 * own so a change touches one folder.
 */
import type { JobDraft, PageKind } from '../core/types';

export interface SiteReader {
  /** The site's folder name, e.g. "greenhouse". */
  id: string;
  /** Board id written to drafts ("web" for readers that are not a board). */
  board: string;
  /**
   * Pages of this site away from its own hosts (urls.ts `hosts`): an employer's page carrying the
   * board's job parameter, or a career site on its own domain recognised by its markup.
   */
  offHost?(url: URL, doc?: Document): boolean;
  /** The board's own job id in the URL, or "". */
  jobId(url: URL): string;
  /** Fields read from the site's own markup. */
  extract?(doc: Document, url: URL): Partial<JobDraft>;
  /** Guesses of last resort (e.g. a company named after the host), used only when structured data
   *  and the page itself say nothing better. */
  fallback?(doc: Document, url: URL): Partial<JobDraft>;
  /** A classification the site is sure of, or null to let the general rules decide. */
  classify?(doc: Document, url: URL): PageKind | null;
  /** For list views with one selected job: that job's own URL ("" when none is selected). */
  selectedJobUrl?(url: URL): string;
  /** Structured data on this URL may describe another job than the one shown (list/search views). */
  distrustStructured?(url: URL): boolean;
}

/** A reader joined with its site's addresses (src/sites/find.ts): what detection works with. */
export interface Site extends SiteReader {
  /** Routes the site only shows after an application went in (urls.ts `confirmation`, on its hosts). */
  isConfirmationUrl(url: URL): boolean;
}

export function defineSite(site: SiteReader): SiteReader {
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
