import type { SiteUrls, UrlExamples } from '../site-urls';

/** Hosted boards (/<board>/jobs/<id>) and the embed form (/embed/job_app?for=&token=). */
export const urls: SiteUrls = {
  id: 'greenhouse',
  // The new boards (job-boards.) open a job from the board without a page load.
  navigation: 'in-page',
  matches: [
    'https://boards.greenhouse.io/*',
    'https://boards.eu.greenhouse.io/*',
    'https://job-boards.greenhouse.io/*',
    'https://job-boards.eu.greenhouse.io/*',
  ],
  hosts: /^(boards|job-boards)(\.eu)?\.greenhouse\.io$/,
  jobPage: [/^\/[^/?]+\/jobs\/\d+/, /^\/embed\/job_app\b/],
  confirmation: [/^\/[^/?]+\/jobs\/\d+\/confirmation/, /^\/embed\/job_app\/confirmation/],
};

/** Addresses the page script must load the agent on, and must stay quiet on. */
export const examples: UrlExamples = {
  must: [
    'https://boards.greenhouse.io/acme/jobs/4012345',
    'https://job-boards.greenhouse.io/acme/jobs/4012345?gh_src=abc',
    'https://job-boards.eu.greenhouse.io/acme/jobs/4012345',
    'https://boards.eu.greenhouse.io/acme/jobs/4012345',
    'https://job-boards.greenhouse.io/acme/jobs/4012345/confirmation',
    'https://job-boards.greenhouse.io/embed/job_app?for=acme&token=4012345',
    'https://job-boards.greenhouse.io/embed/job_app/confirmation?for=acme&token=4012345',
  ],
  mustNot: [
    'https://job-boards.greenhouse.io/acme',
    'https://boards.greenhouse.io/acme?t=123',
    'https://boards.greenhouse.io/embed/job_board?for=acme',
    'https://www.greenhouse.io/blog/hiring-tips',
  ],
};
