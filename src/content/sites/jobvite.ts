import type { SiteUrls } from './types';

/** /<company>/job/<id>, its /apply form and the applyConfirmation page. */
export const jobvite: SiteUrls = {
  id: 'jobvite',
  matches: ['https://jobs.jobvite.com/*'],
  hosts: /^jobs\.jobvite\.com$/,
  jobPage: [/^\/[^/?]+\/job\/[0-9A-Za-z]+/],
  confirmation: [/^\/[^/?]+\/job\/[0-9A-Za-z]+\/applyConfirmation/],
};
