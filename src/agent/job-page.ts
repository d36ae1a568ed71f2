/**
 * Could this frame be a job page? The agent's check on arrival and after each in-page navigation:
 * known boards decide by address alone (a few regular expressions); any other site (only with the
 * all-sites opt-in) needs a thank-you address or JobPosting data, as src/content/all-sites.ts asks.
 */
import { CONFIRMATION_ROUTE } from '../core/extract/confirmation-route';
import { hasJobPostingData } from '../content/job-posting-data';
import { isJobAddress } from '../sites/address';
import { siteForHost } from '../sites/site-for-host';

export interface GateInput {
  hostname: string;
  pathAndQuery: string;
  doc: Document;
}

export function couldBeJobPage({ hostname, pathAndQuery, doc }: GateInput): boolean {
  const site = siteForHost(hostname);
  return site ? isJobAddress(site, pathAndQuery) : CONFIRMATION_ROUTE.test(pathAndQuery) || hasJobPostingData(doc, pathAndQuery);
}
