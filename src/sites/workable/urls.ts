import type { SiteUrls, UrlExamples } from '../site-urls';

/** /<company>/j/<shortcode>/ and its /apply/ form (which becomes /apply/?success). */
export const urls: SiteUrls = {
  id: 'workable',
  // A single-page app: the company's list opens a job without a page load.
  navigation: 'in-page',
  matches: ['https://apply.workable.com/*'],
  hosts: /\.workable\.com$/,
  jobPage: [/^\/[^/?]+\/j\/[0-9A-Za-z]+/],
  confirmation: [/^\/[^/?]+\/j\/[0-9A-Za-z]+\/apply\/?\?(.*&)?success/],
};

/** Addresses the page script must load the agent on, and must stay quiet on. */
export const examples: UrlExamples = {
  must: [
    'https://apply.workable.com/acme/j/20E78CBA92/',
    'https://apply.workable.com/acme/j/20E78CBA92/apply/',
    'https://apply.workable.com/acme/j/20E78CBA92/apply/?success',
  ],
  mustNot: [
    'https://apply.workable.com/acme/',
    'https://apply.workable.com/acme/?lng=en',
  ],
};
