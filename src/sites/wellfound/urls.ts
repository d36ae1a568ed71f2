import type { SiteUrls, UrlExamples } from '../site-urls';

/** Job pages are /jobs/<numeric id>-<slug>; the Apply modal opens over them. */
export const urls: SiteUrls = {
  id: 'wellfound',
  // A single-page app: jobs open from search and company pages without a page load.
  navigation: 'in-page',
  matches: ['https://wellfound.com/*'],
  hosts: /^(www\.)?(wellfound\.com|angel\.co)$/,
  jobPage: [/^\/jobs\/\d+/, /^\/company\/[^/]+\/jobs\/\d+/],
};

/** Addresses the page script must load the agent on, and must stay quiet on. */
export const examples: UrlExamples = {
  must: [
    'https://wellfound.com/jobs/2845678-senior-backend-engineer',
    'https://wellfound.com/company/acme/jobs/2845678-senior-backend-engineer',
  ],
  mustNot: [
    'https://wellfound.com/jobs',
    'https://wellfound.com/company/acme',
    'https://wellfound.com/role/r/software-engineer',
  ],
};
