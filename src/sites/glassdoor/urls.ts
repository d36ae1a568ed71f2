import type { SiteUrls, UrlExamples } from '../site-urls';

/** A job listing page, or a search with a selected job (`jl=`). */
export const urls: SiteUrls = {
  id: 'glassdoor',
  // A search selects a job (`jl=`) without a page load.
  navigation: 'in-page',
  matches: ['https://*.glassdoor.com/*'],
  // Its country sites (glassdoor.co.uk, .de, .com.au) too: the page script runs on .com only.
  hosts: /(^|\.)glassdoor\.(com|[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})$/,
  jobPage: [/^\/job-listing\//, /^\/(job|Job)\/[^?]*\?(.*&)?jl=\d+/, /^\/partner\/jobListing\.htm/],
};

/** Addresses the page script must load the agent on, and must stay quiet on. */
export const examples: UrlExamples = {
  must: [
    'https://www.glassdoor.com/job-listing/senior-engineer-acme-JV_IC1147401_KO0,15_KE16,20.htm?jl=1009012345',
    'https://www.glassdoor.com/Job/new-york-engineer-jobs-SRCH_IL.0,8_IC1132348_KO9,17.htm?jl=1009012345',
    'https://www.glassdoor.com/partner/jobListing.htm?pos=101&jobListingId=1009012345',
  ],
  mustNot: [
    'https://www.glassdoor.com/Job/new-york-engineer-jobs-SRCH_IL.0,8_IC1132348_KO9,17.htm',
    'https://www.glassdoor.com/Reviews/Acme-Reviews-E12345.htm',
    'https://www.glassdoor.com/Salaries/engineer-salary-SRCH_KO0,8.htm',
  ],
};
