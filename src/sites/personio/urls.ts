import type { SiteUrls, UrlExamples } from '../site-urls';

/** /job/<id> and its /apply form, on both Personio domains. */
export const urls: SiteUrls = {
  id: 'personio',
  // A Next.js site: the list opens a job without a page load.
  navigation: 'in-page',
  matches: ['https://*.jobs.personio.de/*', 'https://*.jobs.personio.com/*'],
  hosts: /\.jobs\.personio\.(de|com)$/,
  jobPage: [/^\/job\/\d+/],
};

/** Addresses the page script must load the agent on, and must stay quiet on. */
export const examples: UrlExamples = {
  must: [
    'https://acme.jobs.personio.de/job/1234567?language=en',
    'https://acme.jobs.personio.com/job/1234567/apply',
  ],
  mustNot: [
    'https://acme.jobs.personio.de/',
    'https://acme.jobs.personio.de/?language=en',
  ],
};
