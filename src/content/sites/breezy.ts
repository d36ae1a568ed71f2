import type { SiteUrls } from './types';

/** /p/<id>-<slug> and its /apply form. */
export const breezy: SiteUrls = {
  id: 'breezy',
  hosts: /\.breezy\.hr$/,
  jobPage: [/^\/p\/[^/?]+/],
};
