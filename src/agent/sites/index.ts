/** The submit rule for each site; any other site (a career page with JSON-LD) gets the generic rule. */
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
import { defineSubmitSite, genericSubmit, type SubmitSite } from './types';
import { wellfound } from './wellfound';
import { workable } from './workable';
import { workday } from './workday';

export type { SubmitSite } from './types';

export const WEB: SubmitSite = defineSubmitSite({ id: 'web', isSubmit: genericSubmit });

export const SUBMIT_SITES: readonly SubmitSite[] = [
  linkedin, indeed, glassdoor, wellfound, greenhouse, lever, ashby, workday, smartrecruiters, icims, workable,
  jobvite, bamboohr, teamtailor, recruitee, breezy, personio,
];

/** By the id of the extraction site that claimed the page (null: any other page). */
export function submitSiteFor(siteId: string | null | undefined): SubmitSite {
  return SUBMIT_SITES.find((s) => s.id === siteId) ?? WEB;
}
