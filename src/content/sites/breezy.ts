import type { SiteUrls } from './types';

/** /p/<id>-<slug> and its /apply form. */
export const breezy: SiteUrls = {
  id: 'breezy',
  matches: ['https://*.breezy.hr/*'],
  hosts: /\.breezy\.hr$/,
  jobPage: [/^\/p\/[^/?]+/],
};
