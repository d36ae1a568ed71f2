import type { SiteUrls, UrlExamples } from '../site-urls';

/** /jobs/<id>/<slug>/job and its /candidate… application steps (often inside an iframe). */
export const urls: SiteUrls = {
  id: 'icims',
  // Server-rendered (often framed): every job page and application step is a full page load, so only those get
  // the script.
  navigation: 'page-loads',
  matches: ['https://*.icims.com/jobs/*/*', 'https://*.icims.com/jobs/candidate*'],
  hosts: /\.icims\.com$/,
  jobPage: [/^\/jobs\/\d+\//, /^\/jobs\/candidate\b/],
};

/** Addresses the page script must load the agent on, and must stay quiet on. */
export const examples: UrlExamples = {
  must: [
    'https://careers-acme.icims.com/jobs/12345/senior-engineer/job',
    'https://careers-acme.icims.com/jobs/12345/senior-engineer/job?in_iframe=1',
    'https://careers-acme.icims.com/jobs/12345/senior-engineer/candidate?from=login',
  ],
  mustNot: [
    'https://careers-acme.icims.com/jobs/search?ss=1',
    'https://careers-acme.icims.com/jobs/intro',
    'https://www.icims.com/',
  ],
};
