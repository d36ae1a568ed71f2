import type { SiteUrls, UrlExamples } from '../site-urls';

/** /p/<id>-<slug> and its /apply form. */
export const urls: SiteUrls = {
  id: 'breezy',
  // Server-rendered: every job page (/p/…) is a full page load, so only those get the script.
  navigation: 'page-loads',
  matches: ['https://*.breezy.hr/p/*'],
  hosts: /\.breezy\.hr$/,
  jobPage: [/^\/p\/[^/?]+/],
};

/** Addresses the page script must load the agent on, and must stay quiet on. */
export const examples: UrlExamples = {
  must: [
    'https://acme.breezy.hr/p/0b1c2d3e4f50-senior-engineer',
    'https://acme.breezy.hr/p/0b1c2d3e4f50-senior-engineer/apply',
  ],
  mustNot: [
    'https://acme.breezy.hr/',
    'https://acme.breezy.hr/?',
  ],
};
