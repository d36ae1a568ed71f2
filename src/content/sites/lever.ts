import type { SiteUrls } from './types';

/** /<company>/<posting uuid>, its /apply form and its /thanks page. */
export const lever: SiteUrls = {
  id: 'lever',
  matches: ['https://jobs.lever.co/*', 'https://jobs.eu.lever.co/*'],
  hosts: /^jobs(\.eu)?\.lever\.co$/,
  jobPage: [/^\/[^/?]+\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i],
  confirmation: [/^\/[^/?]+\/[0-9a-f-]{36}\/thanks/i],
};
