import type { SiteUrls } from './types';

/** /<org>/<job uuid> and its /application tab; the confirmation replaces the form at the same URL. */
export const ashby: SiteUrls = {
  id: 'ashby',
  matches: ['https://jobs.ashbyhq.com/*'],
  hosts: /^jobs\.ashbyhq\.com$/,
  jobPage: [/^\/[^/?]+\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i],
};
