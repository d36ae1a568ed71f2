import type { SiteUrls } from './types';

/**
 * …/<site>/job/<location>/<title>_<req id> (and its /apply/… steps), or the newer …/details/<title>_<req
 * id>, on both Workday hosts. The site's own listing (…/<site>) and the candidate home are not jobs.
 */
export const workday: SiteUrls = {
  id: 'workday',
  matches: ['https://*.myworkdayjobs.com/*', 'https://*.myworkdaysite.com/*'],
  hosts: /\.(myworkdayjobs|myworkdaysite)\.com$/,
  jobPage: [/\/job\/[^/?#]+\/[^/?#]+/, /\/details\/[^/?#]+_[A-Za-z0-9-]+/],
};
