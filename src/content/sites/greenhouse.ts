import type { SiteUrls } from './types';

/** Hosted boards (/<board>/jobs/<id>) and the embed form (/embed/job_app?for=&token=). */
export const greenhouse: SiteUrls = {
  id: 'greenhouse',
  domain: 'greenhouse.io',
  hosts: /^(boards|job-boards)(\.eu)?\.greenhouse\.io$/,
  jobPage: [/^\/[^/?]+\/jobs\/\d+/, /^\/embed\/job_app\b/],
  confirmation: [/^\/[^/?]+\/jobs\/\d+\/confirmation/, /^\/embed\/job_app\/confirmation/],
};
