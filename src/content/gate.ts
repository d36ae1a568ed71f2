/**
 * The cheap decision the always-on script makes on every matched frame: could this be a job page?
 * Known boards decide by address alone (a few regular expressions); any other site (only with the
 * all-sites opt-in) needs JobPosting structured data in the page.
 */
import { isJobAddress, siteForHost, type SiteUrls } from './sites';

/** Addresses that may hold a job: only there is the whole page walked for microdata. */
const JOBISH_PATH = /job|career|position|vacanc|opening|role|stelle|emploi|empleo|vaga|lavoro/i;

/**
 * JSON-LD or microdata that declares a JobPosting. Reads script text only; parses nothing.
 * JSON-LD sits in <script> elements, which the document lists for free (document.scripts); microdata
 * can be anywhere, and finding it means walking every element, so that walk happens only on an
 * address that looks like a job page (WP Job Manager's /job/…, a career site's /careers/…).
 */
export function hasJobPostingData(doc: Document, pathAndQuery = ''): boolean {
  const scripts = doc.scripts;
  for (let i = 0; i < scripts.length; i++) {
    const script = scripts[i]!;
    if (script.type.toLowerCase() === 'application/ld+json' && script.textContent?.includes('JobPosting')) return true;
  }
  return JOBISH_PATH.test(pathAndQuery) && doc.querySelector('[itemtype*="JobPosting" i]') !== null;
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
  return { site, load: CONFIRMATION_ROUTE.test(pathAndQuery) || hasJobPostingData(doc, pathAndQuery) };
}
