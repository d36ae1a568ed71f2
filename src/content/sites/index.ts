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
export { addressPattern, isJobAddress } from './address';

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

/** The site a host belongs to (the agent and the background ask; a page script knows its own). */
export function siteForHost(hostname: string): SiteUrls | undefined {
  const host = hostname.toLowerCase();
  return SITES.find((site) => site.hosts.test(host));
}
