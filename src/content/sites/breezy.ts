import type { SiteUrls } from './types';

/** /p/<id>-<slug> and its /apply form. */
export const breezy: SiteUrls = {
  id: 'breezy',
  domain: 'breezy.hr',
  hosts: /\.breezy\.hr$/,
  jobPage: [/^\/p\/[^/?]+/],
};
