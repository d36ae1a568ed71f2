import type { SiteUrls } from './types';

/** /<company>/j/<shortcode>/ and its /apply/ form (which becomes /apply/?success). */
export const workable: SiteUrls = {
  id: 'workable',
  matches: ['https://apply.workable.com/*'],
  hosts: /^apply\.workable\.com$/,
  jobPage: [/^\/[^/?]+\/j\/[0-9A-Za-z]+/],
  confirmation: [/^\/[^/?]+\/j\/[0-9A-Za-z]+\/apply\/?\?(.*&)?success/],
};
