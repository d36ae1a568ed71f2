import type { SiteUrls, UrlExamples } from '../site-urls';

/**
 * /job/<id> and its /apply form, and a search with a selected job (`jobId=`). No page script of its
 * own (no host permission asked for): its pages are read when saved by hand, or with the all-sites
 * opt-in.
 */
export const urls: SiteUrls = {
  id: 'seek',
  // A single-page app (and no page script of its own today).
  navigation: 'in-page',
  matches: [],
  hosts: /(^|\.)seek\.(com\.au|co\.nz|com)$/,
  jobPage: [/^\/job\/\d+/, /^\/[^?]*\?(.*&)?jobId=\d+/],
};

/** Addresses the page script must load the agent on, and must stay quiet on. */
export const examples: UrlExamples = {
  must: [
    'https://www.seek.com.au/job/81234567',
    'https://www.seek.com.au/job/81234567/apply',
    'https://www.seek.co.nz/software-engineer-jobs?jobId=81234567',
  ],
  mustNot: ['https://www.seek.com.au/', 'https://www.seek.com.au/software-engineer-jobs', 'https://www.seek.com.au/career-advice/'],
};
