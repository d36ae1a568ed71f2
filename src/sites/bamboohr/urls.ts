import type { SiteUrls, UrlExamples } from '../site-urls';

/** /careers/<id> (the form opens on the same page) and the older /jobs/view.php?id=. */
export const urls: SiteUrls = {
  id: 'bamboohr',
  // The careers site is a single-page app: the list opens a job without a page load.
  navigation: 'in-page',
  matches: ['https://*.bamboohr.com/*'],
  hosts: /\.bamboohr\.com$/,
  jobPage: [/^\/careers\/\d+/, /^\/jobs\/view\.php\?(.*&)?id=\d+/],
};

/** Addresses the page script must load the agent on, and must stay quiet on. */
export const examples: UrlExamples = {
  must: [
    'https://acme.bamboohr.com/careers/123',
    'https://acme.bamboohr.com/jobs/view.php?id=123',
  ],
  mustNot: [
    'https://acme.bamboohr.com/careers',
    'https://acme.bamboohr.com/careers/',
    'https://www.bamboohr.com/pricing',
  ],
};
