import type { SiteUrls, UrlExamples } from '../site-urls';

/** /<company>/job/<id>, its /apply form and the applyConfirmation page. */
export const urls: SiteUrls = {
  id: 'jobvite',
  // Server-rendered: every job page is a full page load, so only those get the script.
  navigation: 'page-loads',
  matches: ['https://jobs.jobvite.com/*/job/*'],
  hosts: /(^|\.)jobvite\.com$/,
  jobPage: [/^\/[^/?]+\/job\/[0-9a-z]+/i],
  confirmation: [/^\/[^/?]+\/job\/[0-9a-z]+\/applyConfirmation/i],
};

/** Addresses the page script must load the agent on, and must stay quiet on. */
export const examples: UrlExamples = {
  must: [
    'https://jobs.jobvite.com/acme/job/oAbc123XYZ',
    'https://jobs.jobvite.com/acme/job/oAbc123XYZ/apply',
    'https://jobs.jobvite.com/acme/job/oAbc123XYZ/applyConfirmation',
  ],
  mustNot: [
    'https://jobs.jobvite.com/acme/jobs',
    'https://jobs.jobvite.com/acme',
  ],
};
