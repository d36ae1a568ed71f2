import type { SiteUrls, UrlExamples } from '../site-urls';

/** viewjob, a search with a selected job (`vjk=`), and the smartapply flow on its own host. */
export const urls: SiteUrls = {
  id: 'indeed',
  // A search selects a job (`vjk=`) without a page load.
  navigation: 'in-page',
  matches: ['https://*.indeed.com/*'],
  // Its country sites (indeed.co.uk, .de, .com.au) too: the page script runs on .com only.
  hosts: /(^|\.)indeed\.(com|[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})$/,
  jobPage: [/^\/(m\/)?viewjob\b/, /^\/(m\/)?jobs\?(.*&)?vjk=[0-9a-f]+/, /^\/beta\/indeedapply\/form\//],
  confirmation: [/^\/beta\/indeedapply\/(form\/)?post-apply/],
};

/** Addresses the page script must load the agent on, and must stay quiet on. */
export const examples: UrlExamples = {
  must: [
    'https://www.indeed.com/viewjob?jk=0a1b2c3d4e5f6789',
    'https://uk.indeed.com/viewjob?jk=0a1b2c3d4e5f6789&from=serp',
    'https://www.indeed.com/jobs?q=python&l=Remote&vjk=0a1b2c3d4e5f6789',
    'https://smartapply.indeed.com/beta/indeedapply/form/contact-info',
    'https://smartapply.indeed.com/beta/indeedapply/form/review',
    'https://smartapply.indeed.com/beta/indeedapply/form/post-apply',
    'https://smartapply.indeed.com/beta/indeedapply/post-apply',
  ],
  mustNot: [
    'https://www.indeed.com/',
    'https://www.indeed.com/jobs?q=python&l=Remote',
    'https://www.indeed.com/career-advice/resumes-cover-letters/how-to-write-a-resume',
    'https://www.indeed.com/cmp/Acme/reviews',
  ],
};
