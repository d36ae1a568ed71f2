import type { SiteUrls, UrlExamples } from '../site-urls';

/**
 * Dayforce (formerly Ceridian) candidate portals.
 * - Posting: jobs.dayforcehcm.com/<locale>/<client>/<site>/jobs/<id>; the older portal
 *   <pod>.dayforcehcm.com/CandidatePortal/<locale>/<client>/Posting/View/<id>. "Apply" opens the form.
 * - Form: …/jobs/<id>/apply (older: …/Posting/Apply/<id>): steps with "Next" and a final "Submit".
 * - Confirmation: a thank-you step after the submit (no route of its own in any source).
 * Public sources (read for facts, nothing copied):
 * - Job addresses: Hypercodding/scrapper ENHANCED_FEATURES_GUIDE.md (…dayforcehcm.com/en-US/<client>/<SITE>/jobs/<id>),
 *   greg-randall/job-finder scraper_dayforce.py (<pod>.dayforcehcm.com/CandidatePortal/en-US/<client> boards,
 *   ".posting-title a" links, "Next Page" paging).
 * - Postings are what the candidate portal shows: developers.dayforce.com Recruiting "Get Job Postings"
 *   (via Riminder/hrflow-connectors ceridian docs).
 * The apply routes are remembered from the product, not seen in a source (marked uncertain in
 * /work/notes/i14b.md). The pods' other paths are the Dayforce HR app itself and stay quiet.
 */
export const urls: SiteUrls = {
  id: 'dayforce',
  // The new portal is a single-page app: the list opens a job without a page load.
  navigation: 'in-page',
  matches: ['https://jobs.dayforcehcm.com/*', 'https://*.dayforcehcm.com/CandidatePortal/*'],
  hosts: /^(jobs|www|[a-z]{2}\d+)\.dayforcehcm\.com$/,
  jobPage: [/^\/[a-z]{2}(-[A-Za-z]{2})?\/[^/]+\/[^/]+\/jobs\/\d+/, /\/CandidatePortal\/[^/]+\/[^/]+\/Posting\/(View|Apply)\/\d+/],
};

/** Addresses the page script must load the agent on, and must stay quiet on. */
export const examples: UrlExamples = {
  must: [
    'https://jobs.dayforcehcm.com/en-US/acme/CANDIDATEPORTAL/jobs/4467',
    'https://jobs.dayforcehcm.com/en-US/acme/CANDIDATEPORTAL/jobs/4467/apply',
    'https://us242.dayforcehcm.com/CandidatePortal/en-US/acme/Posting/View/4467',
  ],
  mustNot: [
    'https://jobs.dayforcehcm.com/en-US/acme/CANDIDATEPORTAL',
    'https://jobs.dayforcehcm.com/en-US/acme/CANDIDATEPORTAL/jobs?searchText=driver',
    'https://us242.dayforcehcm.com/CandidatePortal/en-US/acme',
    'https://us242.dayforcehcm.com/MyDayforce/MyDayforce.aspx',
  ],
};
