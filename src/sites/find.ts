/**
 * Which site a page belongs to, from the registry the site folders make (./all-*.ts). A page on one
 * of a site's hosts is that site's; otherwise the first site that recognises it elsewhere (an
 * employer page carrying ?gh_jid=, a Teamtailor career site on its own domain), then WP Job Manager's
 * markup, which many small boards share.
 */
import { wpJobManager } from './wp-job-manager';
import { SITE_READERS } from './all-readers';
import { SUBMIT_RULES } from './all-submit-rules';
import { SITE_URLS } from './all-urls';
import { siteForHost } from './site-for-host';
import type { Site, SiteReader } from './site-reader';
import type { SiteUrls } from './site-urls';
import { defineSubmitSite, genericSubmit, type SubmitSite } from './submit-rule';

function joined(reader: SiteReader, urls: SiteUrls | undefined): Site {
  return {
    ...reader,
    isConfirmationUrl: (url) =>
      !!urls?.confirmation && urls.hosts.test(url.hostname.toLowerCase()) && urls.confirmation.some((re) => re.test(url.pathname + url.search)),
  };
}

let sites: Map<string, Site> | undefined;
function siteById(id: string): Site | undefined {
  sites ??= new Map(SITE_READERS.map((reader) => [reader.id, joined(reader, SITE_URLS.find((urls) => urls.id === reader.id))]));
  return sites.get(id);
}
const wpSite = joined(wpJobManager, undefined);

/** The site a page belongs to, or null for any other web page. */
export function siteFor(url: URL | null, doc?: Document): Site | null {
  if (!url) return null;
  const onHost = siteForHost(url.hostname);
  if (onHost) return siteById(onHost.id) ?? null;
  for (const reader of [...SITE_READERS, wpJobManager]) {
    try {
      if (reader.offHost?.(url, doc)) return reader === wpJobManager ? wpSite : (siteById(reader.id) ?? null);
    } catch {
      // A site's reader must never break detection for the others.
    }
  }
  return null;
}

/**
 * The board and job id a page at `url` may put on a draft (its dedupe key): the site's own on the
 * site's own hosts; anywhere else (an employer page carrying ?gh_jid=, a look-alike of a Teamtailor
 * career site) none at all, since any page can put any job id in its address: a page elsewhere can
 * never claim, or change, a record the user saved on the board.
 */
export function boardKeyAt(site: Site | null, url: URL | null): { board: string; jobId: string } {
  if (!site || !url || site.board === 'web' || siteForHost(url.hostname)?.id !== site.id) return { board: 'web', jobId: '' };
  return { board: site.board, jobId: site.jobId(url) };
}

/** Any other page (a career site with JSON-LD): a submit-looking button inside an application form. */
export const WEB: SubmitSite = defineSubmitSite({ id: 'web', isSubmit: genericSubmit });

/** By the id of the site that claimed the page (null: any other page). */
export function submitSiteFor(siteId: string | null | undefined): SubmitSite {
  return SUBMIT_RULES.find((rule) => rule.id === siteId) ?? WEB;
}
