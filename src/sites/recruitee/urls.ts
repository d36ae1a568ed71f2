import type { SiteUrls, UrlExamples } from '../site-urls';

/** /o/<slug> offers and their /c/new application form. */
export const urls: SiteUrls = {
  id: 'recruitee',
  // Career sites can open an offer from the list without a page load.
  navigation: 'in-page',
  matches: ['https://*.recruitee.com/*'],
  hosts: /\.recruitee\.com$/,
  jobPage: [/^\/o\/[^/?]+/],
};

/** Addresses the page script must load the agent on, and must stay quiet on. */
export const examples: UrlExamples = {
  must: [
    'https://acme.recruitee.com/o/senior-engineer',
    'https://acme.recruitee.com/o/senior-engineer/c/new',
  ],
  mustNot: [
    'https://acme.recruitee.com/',
    'https://acme.recruitee.com/?department=eng',
  ],
};
