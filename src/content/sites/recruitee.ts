import type { SiteUrls } from './types';

/** /o/<slug> offers and their /c/new application form. */
export const recruitee: SiteUrls = {
  id: 'recruitee',
  matches: ['https://*.recruitee.com/*'],
  hosts: /\.recruitee\.com$/,
  jobPage: [/^\/o\/[^/?]+/],
};
