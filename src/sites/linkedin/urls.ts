import type { SiteUrls, UrlExamples } from '../site-urls';

/** Job view, and the search or collections views once a job is selected in them (Easy Apply opens over both). */
export const urls: SiteUrls = {
  id: 'linkedin',
  // A single-page app: search and collections select a job without a page load (under /jobs/ only).
  navigation: 'in-page',
  matches: ['https://*.linkedin.com/jobs/*'],
  hosts: /(^|\.)linkedin\.com$/,
  jobPage: [/^\/jobs\/view\/\d+/, /^\/jobs\/(search|collections)(\/[^?]*)?\?(.*&)?currentJobId=\d+/],
};

/** Addresses the page script must load the agent on, and must stay quiet on. */
export const examples: UrlExamples = {
  must: [
    'https://www.linkedin.com/jobs/view/3912345678/',
    'https://www.linkedin.com/jobs/view/3912345678/?refId=abc&trackingId=xyz',
    'https://www.linkedin.com/jobs/search/?currentJobId=3912345678&keywords=engineer',
    'https://www.linkedin.com/jobs/search/?keywords=engineer&currentJobId=3912345678',
    'https://www.linkedin.com/jobs/collections/recommended/?currentJobId=3912345678',
  ],
  mustNot: [
    'https://www.linkedin.com/jobs/',
    'https://www.linkedin.com/jobs/search/?keywords=engineer',
    'https://www.linkedin.com/jobs/collections/recommended/',
    'https://www.linkedin.com/company/acme/',
    'https://www.linkedin.com/pulse/how-i-got-my-job-someone/',
  ],
};
