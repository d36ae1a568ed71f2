import type { SiteUrls } from './types';

/** /jobs/<id>-<slug> and its /applications/new form (the receipt shows at that same URL). */
export const teamtailor: SiteUrls = {
  id: 'teamtailor',
  matches: ['https://*.teamtailor.com/*'],
  hosts: /\.teamtailor\.com$/,
  jobPage: [/^\/jobs\/\d+/],
};
