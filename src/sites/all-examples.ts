// Written by `npm run sites` (scripts/write-site-registry.ts) from the folders in src/sites: do not edit.
import type { UrlExamples } from './site-urls';
import { examples as adp } from './adp/urls';
import { examples as ashby } from './ashby/urls';
import { examples as avature } from './avature/urls';
import { examples as bamboohr } from './bamboohr/urls';
import { examples as breezy } from './breezy/urls';
import { examples as comeet } from './comeet/urls';
import { examples as dayforce } from './dayforce/urls';
import { examples as dice } from './dice/urls';
import { examples as dover } from './dover/urls';
import { examples as eightfold } from './eightfold/urls';
import { examples as gem } from './gem/urls';
import { examples as glassdoor } from './glassdoor/urls';
import { examples as greenhouse } from './greenhouse/urls';
import { examples as icims } from './icims/urls';
import { examples as indeed } from './indeed/urls';
import { examples as jazzhr } from './jazzhr/urls';
import { examples as jobvite } from './jobvite/urls';
import { examples as join } from './join/urls';
import { examples as lever } from './lever/urls';
import { examples as linkedin } from './linkedin/urls';
import { examples as naukri } from './naukri/urls';
import { examples as oracle } from './oracle/urls';
import { examples as personio } from './personio/urls';
import { examples as pinpoint } from './pinpoint/urls';
import { examples as recruitee } from './recruitee/urls';
import { examples as reed } from './reed/urls';
import { examples as rippling } from './rippling/urls';
import { examples as seek } from './seek/urls';
import { examples as smartrecruiters } from './smartrecruiters/urls';
import { examples as softgarden } from './softgarden/urls';
import { examples as stepstone } from './stepstone/urls';
import { examples as successfactors } from './successfactors/urls';
import { examples as taleo } from './taleo/urls';
import { examples as teamtailor } from './teamtailor/urls';
import { examples as ukgpro } from './ukgpro/urls';
import { examples as welcometothejungle } from './welcometothejungle/urls';
import { examples as wellfound } from './wellfound/urls';
import { examples as workable } from './workable/urls';
import { examples as workday } from './workday/urls';
import { examples as ziprecruiter } from './ziprecruiter/urls';

/** The addresses written beside each site's patterns, by site id: tests and the bench read them. */
export const EXAMPLES: Readonly<Record<string, UrlExamples>> = {
  adp: adp,
  ashby: ashby,
  avature: avature,
  bamboohr: bamboohr,
  breezy: breezy,
  comeet: comeet,
  dayforce: dayforce,
  dice: dice,
  dover: dover,
  eightfold: eightfold,
  gem: gem,
  glassdoor: glassdoor,
  greenhouse: greenhouse,
  icims: icims,
  indeed: indeed,
  jazzhr: jazzhr,
  jobvite: jobvite,
  join: join,
  lever: lever,
  linkedin: linkedin,
  naukri: naukri,
  oracle: oracle,
  personio: personio,
  pinpoint: pinpoint,
  recruitee: recruitee,
  reed: reed,
  rippling: rippling,
  seek: seek,
  smartrecruiters: smartrecruiters,
  softgarden: softgarden,
  stepstone: stepstone,
  successfactors: successfactors,
  taleo: taleo,
  teamtailor: teamtailor,
  ukgpro: ukgpro,
  welcometothejungle: welcometothejungle,
  wellfound: wellfound,
  workable: workable,
  workday: workday,
  ziprecruiter: ziprecruiter,
};
