import type { SiteUrls } from './types';

/** A job listing page, or a search with a selected job (`jl=`). */
export const glassdoor: SiteUrls = {
  id: 'glassdoor',
  matches: ['https://*.glassdoor.com/*'],
  hosts: /(^|\.)glassdoor\.com$/,
  jobPage: [/^\/job-listing\//, /^\/(job|Job)\/[^?]*\?(.*&)?jl=\d+/, /^\/partner\/jobListing\.htm/],
};
