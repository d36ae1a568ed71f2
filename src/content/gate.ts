/**
 * The cheap decision the always-on script makes on every matched frame: could this be a job page?
 * Known boards decide by address alone (a few regular expressions); any other site (only with the
 * all-sites opt-in) needs JobPosting structured data in the page.
 */
import { isJobAddress, siteForHost, type SiteUrls } from './sites';

/**
 * JSON-LD or microdata that declares a JobPosting. Reads script text only; parses nothing. One
 * selector, so a large page is walked once, and script text is read only for JSON-LD blocks.
 */
export function hasJobPostingData(doc: Document): boolean {
  const found = doc.querySelectorAll('[itemtype*="JobPosting" i], script[type="application/ld+json" i]');
  for (let i = 0; i < found.length; i++) {
    const el = found[i]!;
    if (el.localName !== 'script' || el.textContent?.includes('JobPosting')) return true;
  }
  return false;
}

/**
 * Where a career site lands after an application (…/thank-you, ?submitted=1): the agent looks there
 * only to match it with a submit it saw on the previous page of the tab; it records nothing alone.
 */
const CONFIRMATION_ROUTE = /thank|confirm|success|applied|submitted/i;

export interface GateInput {
  hostname: string;
  pathAndQuery: string;
  doc: Document;
}

export interface GateDecision {
  /** The known site for this host, if any (its frames get a slow address re-check). */
  site: SiteUrls | undefined;
  load: boolean;
}

export function decide({ hostname, pathAndQuery, doc }: GateInput): GateDecision {
  const site = siteForHost(hostname);
  if (site) return { site, load: isJobAddress(site, pathAndQuery) };
  return { site, load: CONFIRMATION_ROUTE.test(pathAndQuery) || hasJobPostingData(doc) };
}
