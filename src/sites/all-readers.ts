// Written by `npm run sites` (scripts/write-site-registry.ts) from the folders in src/sites: do not edit.
import type { SiteReader } from './site-reader';
import { reader as adp } from './adp/extract';
import { reader as ashby } from './ashby/extract';
import { reader as avature } from './avature/extract';
import { reader as bamboohr } from './bamboohr/extract';
import { reader as breezy } from './breezy/extract';
import { reader as comeet } from './comeet/extract';
import { reader as dayforce } from './dayforce/extract';
import { reader as dice } from './dice/extract';
import { reader as dover } from './dover/extract';
import { reader as eightfold } from './eightfold/extract';
import { reader as gem } from './gem/extract';
import { reader as glassdoor } from './glassdoor/extract';
import { reader as greenhouse } from './greenhouse/extract';
import { reader as icims } from './icims/extract';
import { reader as indeed } from './indeed/extract';
import { reader as jazzhr } from './jazzhr/extract';
import { reader as jobvite } from './jobvite/extract';
import { reader as join } from './join/extract';
import { reader as lever } from './lever/extract';
import { reader as linkedin } from './linkedin/extract';
import { reader as naukri } from './naukri/extract';
import { reader as oracle } from './oracle/extract';
import { reader as personio } from './personio/extract';
import { reader as pinpoint } from './pinpoint/extract';
import { reader as recruitee } from './recruitee/extract';
import { reader as reed } from './reed/extract';
import { reader as rippling } from './rippling/extract';
import { reader as seek } from './seek/extract';
import { reader as smartrecruiters } from './smartrecruiters/extract';
import { reader as softgarden } from './softgarden/extract';
import { reader as stepstone } from './stepstone/extract';
import { reader as successfactors } from './successfactors/extract';
import { reader as taleo } from './taleo/extract';
import { reader as teamtailor } from './teamtailor/extract';
import { reader as ukgpro } from './ukgpro/extract';
import { reader as welcometothejungle } from './welcometothejungle/extract';
import { reader as wellfound } from './wellfound/extract';
import { reader as workable } from './workable/extract';
import { reader as workday } from './workday/extract';
import { reader as ziprecruiter } from './ziprecruiter/extract';

/** Each site's reader (extract.ts): detection and extraction. */
export const SITE_READERS: readonly SiteReader[] = [
  adp,
  ashby,
  avature,
  bamboohr,
  breezy,
  comeet,
  dayforce,
  dice,
  dover,
  eightfold,
  gem,
  glassdoor,
  greenhouse,
  icims,
  indeed,
  jazzhr,
  jobvite,
  join,
  lever,
  linkedin,
  naukri,
  oracle,
  personio,
  pinpoint,
  recruitee,
  reed,
  rippling,
  seek,
  smartrecruiters,
  softgarden,
  stepstone,
  successfactors,
  taleo,
  teamtailor,
  ukgpro,
  welcometothejungle,
  wellfound,
  workable,
  workday,
  ziprecruiter,
];
