import type { SiteUrls } from './types';

/** /job/<id> and its /apply form, on both Personio domains. */
export const personio: SiteUrls = {
  id: 'personio',
  domain: ['personio.de', 'personio.com'],
  hosts: /\.jobs\.personio\.(de|com)$/,
  jobPage: [/^\/job\/\d+/],
};
