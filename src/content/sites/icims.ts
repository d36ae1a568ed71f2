import type { SiteUrls } from './types';

/** /jobs/<id>/<slug>/job and its /candidate… application steps (often inside an iframe). */
export const icims: SiteUrls = {
  id: 'icims',
  matches: ['https://*.icims.com/*'],
  hosts: /\.icims\.com$/,
  jobPage: [/^\/jobs\/\d+\//, /^\/jobs\/candidate\b/],
};
