// Written by `npm run sites` (scripts/write-site-registry.ts) from the folders in src/sites: do not edit.
// Every folder is one site; the lists are in folder order. Lookups are in ./find.ts.
import type { SiteReader } from './site-reader';
import type { SiteUrls, UrlExamples } from './site-urls';
import type { SubmitSite } from './submit-rule';
import { examples as ashbyExamples, urls as ashbyUrls } from './ashby/urls';
import { reader as ashbyReader } from './ashby/extract';
import { submit as ashbySubmit } from './ashby/submit';
import { examples as bamboohrExamples, urls as bamboohrUrls } from './bamboohr/urls';
import { reader as bamboohrReader } from './bamboohr/extract';
import { submit as bamboohrSubmit } from './bamboohr/submit';
import { examples as breezyExamples, urls as breezyUrls } from './breezy/urls';
import { reader as breezyReader } from './breezy/extract';
import { submit as breezySubmit } from './breezy/submit';
import { examples as glassdoorExamples, urls as glassdoorUrls } from './glassdoor/urls';
import { reader as glassdoorReader } from './glassdoor/extract';
import { submit as glassdoorSubmit } from './glassdoor/submit';
import { examples as greenhouseExamples, urls as greenhouseUrls } from './greenhouse/urls';
import { reader as greenhouseReader } from './greenhouse/extract';
import { submit as greenhouseSubmit } from './greenhouse/submit';
import { examples as icimsExamples, urls as icimsUrls } from './icims/urls';
import { reader as icimsReader } from './icims/extract';
import { submit as icimsSubmit } from './icims/submit';
import { examples as indeedExamples, urls as indeedUrls } from './indeed/urls';
import { reader as indeedReader } from './indeed/extract';
import { submit as indeedSubmit } from './indeed/submit';
import { examples as jobviteExamples, urls as jobviteUrls } from './jobvite/urls';
import { reader as jobviteReader } from './jobvite/extract';
import { submit as jobviteSubmit } from './jobvite/submit';
import { examples as leverExamples, urls as leverUrls } from './lever/urls';
import { reader as leverReader } from './lever/extract';
import { submit as leverSubmit } from './lever/submit';
import { examples as linkedinExamples, urls as linkedinUrls } from './linkedin/urls';
import { reader as linkedinReader } from './linkedin/extract';
import { submit as linkedinSubmit } from './linkedin/submit';
import { examples as personioExamples, urls as personioUrls } from './personio/urls';
import { reader as personioReader } from './personio/extract';
import { submit as personioSubmit } from './personio/submit';
import { examples as recruiteeExamples, urls as recruiteeUrls } from './recruitee/urls';
import { reader as recruiteeReader } from './recruitee/extract';
import { submit as recruiteeSubmit } from './recruitee/submit';
import { examples as seekExamples, urls as seekUrls } from './seek/urls';
import { reader as seekReader } from './seek/extract';
import { submit as seekSubmit } from './seek/submit';
import { examples as smartrecruitersExamples, urls as smartrecruitersUrls } from './smartrecruiters/urls';
import { reader as smartrecruitersReader } from './smartrecruiters/extract';
import { submit as smartrecruitersSubmit } from './smartrecruiters/submit';
import { examples as teamtailorExamples, urls as teamtailorUrls } from './teamtailor/urls';
import { reader as teamtailorReader } from './teamtailor/extract';
import { submit as teamtailorSubmit } from './teamtailor/submit';
import { examples as wellfoundExamples, urls as wellfoundUrls } from './wellfound/urls';
import { reader as wellfoundReader } from './wellfound/extract';
import { submit as wellfoundSubmit } from './wellfound/submit';
import { examples as workableExamples, urls as workableUrls } from './workable/urls';
import { reader as workableReader } from './workable/extract';
import { submit as workableSubmit } from './workable/submit';
import { examples as workdayExamples, urls as workdayUrls } from './workday/urls';
import { reader as workdayReader } from './workday/extract';
import { submit as workdaySubmit } from './workday/submit';

/** Each site's addresses (urls.ts): manifest, page scripts, the agent's gate, the background. */
export const SITE_URLS: readonly SiteUrls[] = [
  ashbyUrls,
  bamboohrUrls,
  breezyUrls,
  glassdoorUrls,
  greenhouseUrls,
  icimsUrls,
  indeedUrls,
  jobviteUrls,
  leverUrls,
  linkedinUrls,
  personioUrls,
  recruiteeUrls,
  seekUrls,
  smartrecruitersUrls,
  teamtailorUrls,
  wellfoundUrls,
  workableUrls,
  workdayUrls,
];

/** The addresses written beside each site's patterns, by site id: tests and the bench read them. */
export const EXAMPLES: Readonly<Record<string, UrlExamples>> = {
  ashby: ashbyExamples,
  bamboohr: bamboohrExamples,
  breezy: breezyExamples,
  glassdoor: glassdoorExamples,
  greenhouse: greenhouseExamples,
  icims: icimsExamples,
  indeed: indeedExamples,
  jobvite: jobviteExamples,
  lever: leverExamples,
  linkedin: linkedinExamples,
  personio: personioExamples,
  recruitee: recruiteeExamples,
  seek: seekExamples,
  smartrecruiters: smartrecruitersExamples,
  teamtailor: teamtailorExamples,
  wellfound: wellfoundExamples,
  workable: workableExamples,
  workday: workdayExamples,
};

/** Each site's reader (extract.ts): detection and extraction. */
export const SITE_READERS: readonly SiteReader[] = [
  ashbyReader,
  bamboohrReader,
  breezyReader,
  glassdoorReader,
  greenhouseReader,
  icimsReader,
  indeedReader,
  jobviteReader,
  leverReader,
  linkedinReader,
  personioReader,
  recruiteeReader,
  seekReader,
  smartrecruitersReader,
  teamtailorReader,
  wellfoundReader,
  workableReader,
  workdayReader,
];

/** Each site's submit rule (submit.ts): the agent. */
export const SUBMIT_RULES: readonly SubmitSite[] = [
  ashbySubmit,
  bamboohrSubmit,
  breezySubmit,
  glassdoorSubmit,
  greenhouseSubmit,
  icimsSubmit,
  indeedSubmit,
  jobviteSubmit,
  leverSubmit,
  linkedinSubmit,
  personioSubmit,
  recruiteeSubmit,
  seekSubmit,
  smartrecruitersSubmit,
  teamtailorSubmit,
  wellfoundSubmit,
  workableSubmit,
  workdaySubmit,
];
