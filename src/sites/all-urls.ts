// Written by `npm run sites` (scripts/write-site-registry.ts) from the folders in src/sites: do not edit.
import type { SiteUrls } from './site-urls';
import { urls as adp } from './adp/urls';
import { urls as ashby } from './ashby/urls';
import { urls as avature } from './avature/urls';
import { urls as bamboohr } from './bamboohr/urls';
import { urls as breezy } from './breezy/urls';
import { urls as comeet } from './comeet/urls';
import { urls as dayforce } from './dayforce/urls';
import { urls as dice } from './dice/urls';
import { urls as dover } from './dover/urls';
import { urls as eightfold } from './eightfold/urls';
import { urls as gem } from './gem/urls';
import { urls as glassdoor } from './glassdoor/urls';
import { urls as greenhouse } from './greenhouse/urls';
import { urls as icims } from './icims/urls';
import { urls as indeed } from './indeed/urls';
import { urls as jazzhr } from './jazzhr/urls';
import { urls as jobvite } from './jobvite/urls';
import { urls as join } from './join/urls';
import { urls as lever } from './lever/urls';
import { urls as linkedin } from './linkedin/urls';
import { urls as naukri } from './naukri/urls';
import { urls as oracle } from './oracle/urls';
import { urls as personio } from './personio/urls';
import { urls as pinpoint } from './pinpoint/urls';
import { urls as recruitee } from './recruitee/urls';
import { urls as reed } from './reed/urls';
import { urls as rippling } from './rippling/urls';
import { urls as seek } from './seek/urls';
import { urls as smartrecruiters } from './smartrecruiters/urls';
import { urls as softgarden } from './softgarden/urls';
import { urls as stepstone } from './stepstone/urls';
import { urls as successfactors } from './successfactors/urls';
import { urls as taleo } from './taleo/urls';
import { urls as teamtailor } from './teamtailor/urls';
import { urls as ukgpro } from './ukgpro/urls';
import { urls as welcometothejungle } from './welcometothejungle/urls';
import { urls as wellfound } from './wellfound/urls';
import { urls as workable } from './workable/urls';
import { urls as workday } from './workday/urls';
import { urls as ziprecruiter } from './ziprecruiter/urls';

/** Each site's addresses (urls.ts): manifest, page scripts, the agent's gate, the background. */
export const SITE_URLS: readonly SiteUrls[] = [
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
