/**
 * The cheap decision the always-on script makes on every matched frame: could this be a job page?
 * Known boards decide by address alone (a few regular expressions); any other site (only with the
 * all-sites opt-in) needs JobPosting structured data in the page.
 */
import { isJobAddress, siteForHost, type SiteUrls } from './sites';

/** Addresses that may hold a job: only there is the whole page searched. */
const JOBISH_PATH = /job|career|position|vacanc|opening|role|join|hiring|opportunit|stelle|emploi|empleo|vaga|lavoro/i;

function hasJobPostingJsonLd(scripts: HTMLCollectionOf<HTMLScriptElement>): boolean {
  for (let i = 0; i < scripts.length; i++) {
    const script = scripts[i]!;
    if (script.type.toLowerCase() === 'application/ld+json' && script.textContent?.includes('JobPosting')) return true;
  }
  return false;
}

/**
 * JSON-LD or microdata that declares a JobPosting. Reads script text only; parses nothing.
 * Searching a whole large page costs most of a millisecond, and this runs on every page of someone
 * who opted in to capture everywhere: so <head> (small, where most sites put JSON-LD) is always read,
 * and the body (JSON-LD and microdata) only on an address that looks like a job page (WP Job Manager's
 * /job/…, a career site's /careers/…).
 */
export function hasJobPostingData(doc: Document, pathAndQuery = ''): boolean {
  if (doc.head && hasJobPostingJsonLd(doc.head.getElementsByTagName('script'))) return true;
  if (!JOBISH_PATH.test(pathAndQuery)) return false;
  return hasJobPostingJsonLd(doc.scripts) || doc.querySelector('[itemtype*="JobPosting" i]') !== null;
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

/** Any other site: a thank-you address, or JobPosting data in the page. */
export function couldBeJobPageOffBoard(pathAndQuery: string, doc: Document): boolean {
  return CONFIRMATION_ROUTE.test(pathAndQuery) || hasJobPostingData(doc, pathAndQuery);
}

/** For a frame whose site (or none) is already known: known boards decide by address alone. */
export function couldBeJobPage(site: SiteUrls | undefined, pathAndQuery: string, doc: Document): boolean {
  return site ? isJobAddress(site, pathAndQuery) : couldBeJobPageOffBoard(pathAndQuery, doc);
}

export function decide({ hostname, pathAndQuery, doc }: GateInput): GateDecision {
  const site = siteForHost(hostname);
  return { site, load: couldBeJobPage(site, pathAndQuery, doc) };
}
