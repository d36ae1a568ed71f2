// Written by `npm run sites` (scripts/write-site-registry.ts) from the folders in src/sites: do not edit.
import type { SubmitSite } from './submit-rule';
import { submit as adp } from './adp/submit';
import { submit as ashby } from './ashby/submit';
import { submit as avature } from './avature/submit';
import { submit as bamboohr } from './bamboohr/submit';
import { submit as breezy } from './breezy/submit';
import { submit as comeet } from './comeet/submit';
import { submit as dayforce } from './dayforce/submit';
import { submit as dice } from './dice/submit';
import { submit as dover } from './dover/submit';
import { submit as eightfold } from './eightfold/submit';
import { submit as gem } from './gem/submit';
import { submit as glassdoor } from './glassdoor/submit';
import { submit as greenhouse } from './greenhouse/submit';
import { submit as icims } from './icims/submit';
import { submit as indeed } from './indeed/submit';
import { submit as jazzhr } from './jazzhr/submit';
import { submit as jobvite } from './jobvite/submit';
import { submit as join } from './join/submit';
import { submit as lever } from './lever/submit';
import { submit as linkedin } from './linkedin/submit';
import { submit as naukri } from './naukri/submit';
import { submit as oracle } from './oracle/submit';
import { submit as personio } from './personio/submit';
import { submit as pinpoint } from './pinpoint/submit';
import { submit as recruitee } from './recruitee/submit';
import { submit as reed } from './reed/submit';
import { submit as rippling } from './rippling/submit';
import { submit as seek } from './seek/submit';
import { submit as smartrecruiters } from './smartrecruiters/submit';
import { submit as softgarden } from './softgarden/submit';
import { submit as stepstone } from './stepstone/submit';
import { submit as successfactors } from './successfactors/submit';
import { submit as taleo } from './taleo/submit';
import { submit as teamtailor } from './teamtailor/submit';
import { submit as ukgpro } from './ukgpro/submit';
import { submit as welcometothejungle } from './welcometothejungle/submit';
import { submit as wellfound } from './wellfound/submit';
import { submit as workable } from './workable/submit';
import { submit as workday } from './workday/submit';
import { submit as ziprecruiter } from './ziprecruiter/submit';

/** Each site's submit rule (submit.ts): the agent. */
export const SUBMIT_RULES: readonly SubmitSite[] = [
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
