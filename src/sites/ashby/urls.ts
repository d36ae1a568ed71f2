import type { SiteUrls, UrlExamples } from '../site-urls';

/** /<org>/<job uuid> and its /application tab; the confirmation replaces the form at the same URL. */
export const urls: SiteUrls = {
  id: 'ashby',
  // A single-page app: the board opens a job without a page load.
  navigation: 'in-page',
  matches: ['https://jobs.ashbyhq.com/*'],
  hosts: /^jobs\.ashbyhq\.com$/,
  jobPage: [/^\/[^/?]+\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i],
};

/** Addresses the page script must load the agent on, and must stay quiet on. */
export const examples: UrlExamples = {
  must: [
    'https://jobs.ashbyhq.com/acme/7c0e7e52-5b1a-4c2e-9d55-0a8f3f9e2b11',
    'https://jobs.ashbyhq.com/acme/7c0e7e52-5b1a-4c2e-9d55-0a8f3f9e2b11/application',
  ],
  mustNot: [
    'https://jobs.ashbyhq.com/acme',
    'https://jobs.ashbyhq.com/acme?departmentId=abc',
  ],
};
