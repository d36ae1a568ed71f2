import type { SiteUrls, UrlExamples } from '../site-urls';

/**
 * Rippling ATS job boards: ats.rippling.com/<board>/jobs/<uuid>.
 *
 * Posting: /<board>/jobs/<uuid>, a server-rendered Next.js page whose job data is also in its
 * __NEXT_DATA__ script; /<board>/jobs is the board's list. Form: /<board>/jobs/<uuid>/apply, the
 * "Apply" button on the posting goes there. Submit: a "Submit application" button at the end of the
 * form, after the résumé upload. Confirmation: shown in place of the form; no route of its own is
 * documented, so the wording decides.
 * Sources: stapply-ai/job-map README (Rippling among the scraped boards); jeffbbz/job-posting-info-scraper
 * README (a Firefox extension reading title, company and location off Rippling postings);
 * BillKillacky/rippling_jobs_oneorigin README (postings read with BeautifulSoup); public ATS detectors
 * and importers that read ats.rippling.com/<slug>/jobs and /<slug>/jobs/<uuid> and the page's
 * __NEXT_DATA__ (unattributed public code, several). The /apply route: one public form filler
 * (unattributed public code) [1].
 */
export const urls: SiteUrls = {
  id: 'rippling',
  // A Next.js app: the board opens a job, and the job its form, without a page load.
  navigation: 'in-page',
  matches: ['https://ats.rippling.com/*'],
  hosts: /^ats\.rippling\.com$/,
  jobPage: [/^\/([a-z]{2}-[A-Z]{2}\/)?[^/?]+\/jobs\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/],
};

/** Addresses the page script must load the agent on, and must stay quiet on. */
export const examples: UrlExamples = {
  must: [
    'https://ats.rippling.com/acme-robotics/jobs/5e0c7a1b-2d3f-4a5b-8c9d-0e1f2a3b4c5d',
    'https://ats.rippling.com/acme-robotics/jobs/5e0c7a1b-2d3f-4a5b-8c9d-0e1f2a3b4c5d/apply',
    'https://ats.rippling.com/en-GB/acme-robotics/jobs/5e0c7a1b-2d3f-4a5b-8c9d-0e1f2a3b4c5d',
  ],
  mustNot: [
    'https://ats.rippling.com/acme-robotics/jobs',
    'https://ats.rippling.com/acme-robotics',
    'https://www.rippling.com/careers',
  ],
};
