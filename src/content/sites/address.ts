/** The address test every page script and the agent share; a per-site script imports only this. */
import type { SiteUrls } from './types';

/** Could this address hold a job on this site? `pathAndQuery` is `pathname + search`. */
export function isJobAddress(site: SiteUrls, pathAndQuery: string): boolean {
  return site.jobPage.some((re) => re.test(pathAndQuery)) || !!site.confirmation?.some((re) => re.test(pathAndQuery));
}
