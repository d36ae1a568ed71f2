import type { SiteUrls } from './types';

/** Hosted boards (/<board>/jobs/<id>) and the embed form (/embed/job_app?for=&token=). */
export const greenhouse: SiteUrls = {
  id: 'greenhouse',
  matches: ['https://boards.greenhouse.io/*', 'https://job-boards.greenhouse.io/*', 'https://job-boards.eu.greenhouse.io/*'],
  hosts: /^(boards|job-boards)(\.eu)?\.greenhouse\.io$/,
  jobPage: [/^\/[^/?]+\/jobs\/\d+/, /^\/embed\/job_app\b/],
  confirmation: [/^\/[^/?]+\/jobs\/\d+\/confirmation/, /^\/embed\/job_app\/confirmation/],
};
