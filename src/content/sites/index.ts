/** Every board and ATS the content script knows. A new site is one file here plus its line below. */
import { ashby } from './ashby';
import { bamboohr } from './bamboohr';
import { breezy } from './breezy';
import { glassdoor } from './glassdoor';
import { greenhouse } from './greenhouse';
import { icims } from './icims';
import { indeed } from './indeed';
import { jobvite } from './jobvite';
import { lever } from './lever';
import { linkedin } from './linkedin';
import { personio } from './personio';
import { recruitee } from './recruitee';
import { smartrecruiters } from './smartrecruiters';
import { teamtailor } from './teamtailor';
import { wellfound } from './wellfound';
import { workable } from './workable';
import { workday } from './workday';
import type { SiteUrls } from './types';

export type { SiteUrls } from './types';

export const SITES: readonly SiteUrls[] = [
  linkedin,
  indeed,
  glassdoor,
  wellfound,
  greenhouse,
  lever,
  ashby,
  workday,
  smartrecruiters,
  icims,
  workable,
  jobvite,
  bamboohr,
  teamtailor,
  recruitee,
  breezy,
  personio,
];

let byDomain: Map<string, SiteUrls> | undefined;

/** "boards.greenhouse.io" → "greenhouse.io": the last two labels (every known site's domain has two). */
function lastTwoLabels(host: string): string {
  const last = host.lastIndexOf('.');
  return host.slice(host.lastIndexOf('.', last - 1) + 1);
}

export function siteForHost(hostname: string): SiteUrls | undefined {
  const host = hostname.toLowerCase();
  byDomain ??= new Map(SITES.flatMap((site) => [site.domain].flat().map((domain) => [domain, site] as const)));
  const site = byDomain.get(lastTwoLabels(host));
  return site && site.hosts.test(host) ? site : undefined;
}

/** Could this address hold a job on this site? `pathAndQuery` is `pathname + search`. */
export function isJobAddress(site: SiteUrls, pathAndQuery: string): boolean {
  return site.jobPage.some((re) => re.test(pathAndQuery)) || !!site.confirmation?.some((re) => re.test(pathAndQuery));
}
