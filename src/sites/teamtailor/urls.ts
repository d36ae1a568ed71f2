import type { SiteUrls, UrlExamples } from '../site-urls';

/** /jobs/<id>-<slug> and its /applications/new form (the receipt shows at that same URL). */
export const urls: SiteUrls = {
  id: 'teamtailor',
  // Career sites open a job from the list without a page load.
  navigation: 'in-page',
  matches: ['https://*.teamtailor.com/*'],
  hosts: /\.teamtailor\.com$/,
  jobPage: [/^\/jobs\/\d+/],
};

/** Addresses the page script must load the agent on, and must stay quiet on. */
export const examples: UrlExamples = {
  must: [
    'https://acme.teamtailor.com/jobs/6360832-internship',
    'https://acme.teamtailor.com/jobs/6360832-internship/applications/new',
  ],
  mustNot: [
    'https://acme.teamtailor.com/jobs',
    'https://acme.teamtailor.com/',
    'https://acme.teamtailor.com/people',
  ],
};
