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
  /**
   * Boards that send people elsewhere to apply: the outbound apply address the page shows for this job
   * ("Apply on company website"), unwrapped from the board's redirect where the target is in it, or ""
   * when the job is applied to on the board itself. The record saved here keeps it, and an application
   * later at that address (or with the same ATS job id) updates this record instead of adding one.
   * Optional: any board's reader may offer it; readers of an ATS (where the application happens) don't.
   */
  applyUrl?(doc: Document, url: URL): string;
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

/**
 * An outbound address as a reader may offer it: http(s) only, of a sane length, and with the target
 * taken out of a board's redirect (`?url=…`, `?dest=…`) where it is there. "" for anything else.
 */
export function outboundAddress(raw: string | null | undefined, base?: URL): string {
  const text = (raw ?? '').trim();
  if (!text || text.length > 2000) return '';
  let url: URL;
  try {
    url = new URL(text, base);
  } catch {
    return '';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return '';
  for (const name of ['url', 'dest', 'destination', 'target']) {
    const inner = url.searchParams.get(name);
    if (inner && /^https?:\/\//i.test(inner)) return outboundAddress(inner);
  }
  return url.href;
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

/**
 * The first outbound apply link among `selectors` that leaves the board (its target is not on one of
 * the board's own hosts, `ownHost`): a redirect through the board that hides its target says nothing
 * about where the application happens, so it is not offered.
 */
export function outboundLink(doc: Document, base: URL, selectors: string, ownHost: RegExp): string {
  for (const el of Array.from(doc.querySelectorAll(selectors)).slice(0, 10)) {
    const target = outboundAddress(el.getAttribute('href'), base);
    if (!target) continue;
    if (!ownHost.test(new URL(target).hostname.toLowerCase())) return target;
  }
  return '';
}
