import type { SiteUrls, UrlExamples } from '../site-urls';

/** Job ads (/<Company>/<numeric id>-<slug>) and the one-click application app. */
export const urls: SiteUrls = {
  id: 'smartrecruiters',
  // Server-rendered job ads and a separate application app, both reached by page loads: only paths two deep
  // (/<Company>/<id>…, /oneclick-ui/…) get the script.
  navigation: 'page-loads',
  matches: ['https://jobs.smartrecruiters.com/*/*'],
  hosts: /(^|\.)smartrecruiters\.com$/,
  jobPage: [/^\/[^/?]+\/\d{6,}/, /^\/oneclick-ui\/company\/[^/]+\/publication\//],
};

/** Addresses the page script must load the agent on, and must stay quiet on. */
export const examples: UrlExamples = {
  must: [
    'https://jobs.smartrecruiters.com/Acme/743999912345678-senior-engineer',
    'https://jobs.smartrecruiters.com/oneclick-ui/company/Acme/publication/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0?dcr_ci=Acme',
  ],
  mustNot: [
    'https://jobs.smartrecruiters.com/Acme',
    'https://jobs.smartrecruiters.com/?keyword=engineer',
  ],
};
