import type { SiteUrls } from './types';

/** Job pages are /jobs/<numeric id>-<slug>; the Apply modal opens over them. */
export const wellfound: SiteUrls = {
  id: 'wellfound',
  matches: ['https://wellfound.com/*'],
  hosts: /^(www\.)?wellfound\.com$/,
  jobPage: [/^\/jobs\/\d+/, /^\/company\/[^/]+\/jobs\/\d+/],
};
