import type { SiteUrls } from './types';

/** /job/<id> and its /apply form, on both Personio domains. */
export const personio: SiteUrls = {
  id: 'personio',
  matches: ['https://*.jobs.personio.de/*', 'https://*.jobs.personio.com/*'],
  hosts: /\.jobs\.personio\.(de|com)$/,
  jobPage: [/^\/job\/\d+/],
};
