import type { SiteUrls } from './types';

/** Job ads (/<Company>/<numeric id>-<slug>) and the one-click application app. */
export const smartrecruiters: SiteUrls = {
  id: 'smartrecruiters',
  matches: ['https://jobs.smartrecruiters.com/*'],
  hosts: /^jobs\.smartrecruiters\.com$/,
  jobPage: [/^\/[^/?]+\/\d{6,}/, /^\/oneclick-ui\/company\/[^/]+\/publication\//],
};
