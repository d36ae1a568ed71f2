// Written by `npm run sites` (scripts/write-site-registry.ts) from the folders in src/sites: do not edit.
import type { SubmitSite } from './submit-rule';
import { submit as ashby } from './ashby/submit';
import { submit as bamboohr } from './bamboohr/submit';
import { submit as breezy } from './breezy/submit';
import { submit as dice } from './dice/submit';
import { submit as dover } from './dover/submit';
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
import { submit as personio } from './personio/submit';
import { submit as recruitee } from './recruitee/submit';
import { submit as reed } from './reed/submit';
import { submit as rippling } from './rippling/submit';
import { submit as seek } from './seek/submit';
import { submit as smartrecruiters } from './smartrecruiters/submit';
import { submit as stepstone } from './stepstone/submit';
import { submit as teamtailor } from './teamtailor/submit';
import { submit as welcometothejungle } from './welcometothejungle/submit';
import { submit as wellfound } from './wellfound/submit';
import { submit as workable } from './workable/submit';
import { submit as workday } from './workday/submit';
import { submit as ziprecruiter } from './ziprecruiter/submit';

/** Each site's submit rule (submit.ts): the agent. */
export const SUBMIT_RULES: readonly SubmitSite[] = [
  ashby,
  bamboohr,
  breezy,
  dice,
  dover,
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
  personio,
  recruitee,
  reed,
  rippling,
  seek,
  smartrecruiters,
  stepstone,
  teamtailor,
  welcometothejungle,
  wellfound,
  workable,
  workday,
  ziprecruiter,
];
