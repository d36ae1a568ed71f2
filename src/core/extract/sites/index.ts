/** Every site module, most specific first. A URL belongs to the first site that claims it. */
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
import { seek } from './seek';
import type { Site } from './site';
import { smartrecruiters } from './smartrecruiters';
import { teamtailor } from './teamtailor';
import { wellfound } from './wellfound';
import { workable } from './workable';
import { workday } from './workday';
import { wpJobManager } from './wpjobmanager';

export const SITES: readonly Site[] = [
  linkedin, indeed, glassdoor, wellfound, seek,
  lever, ashby, workday, smartrecruiters, icims, workable, jobvite, bamboohr, teamtailor, recruitee,
  breezy, personio,
  // Host-based sites first; these two also recognise pages by their markup or query.
  greenhouse, wpJobManager,
];

export type { Site } from './site';

/** The site a page belongs to, or null for any other web page. */
export function siteFor(url: URL | null, doc?: Document): Site | null {
  if (!url) return null;
  for (const site of SITES) {
    try {
      if (site.matches(url, doc)) return site;
    } catch {
      // A site module must never break detection for the others.
    }
  }
  return null;
}
