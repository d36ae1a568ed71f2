import type { SiteUrls } from './types';

/** /job/<id> and its /apply form, on both Personio domains. */
export const personio: SiteUrls = {
  id: 'personio',
  hosts: /\.jobs\.personio\.(de|com)$/,
  jobPage: [/^\/job\/\d+/],
};
