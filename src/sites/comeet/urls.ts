import type { SiteUrls, UrlExamples } from '../site-urls';

/**
 * Comeet hosted career pages, on www.comeet.com (and comeet.co).
 * - Posting: /jobs/<company slug>/<company uid>/<position slug>/<position uid>, uids like "A1.00C";
 *   the page shows the description and, below it, the application form. /jobs/<slug>/<company uid>
 *   alone is the company's list of positions.
 * - Form: on the posting itself (name, email, phone, CV upload, LinkedIn), ending in "Submit"; the top
 *   "Apply" button only scrolls to it.
 * - Confirmation: a thank-you message replacing the form (no route of its own in any source).
 * Public sources (read for facts, nothing copied):
 * - The real company list page in ../shared/realpages (listing-comeet-lumenis.html, from
 *   raymuy07/cursor_play tests/fixtures/debug_lumenis.html) at /jobs/lumenis/A1.00C, and its links to
 *   positions (/jobs/<slug>/<company uid>/<position slug>/<position uid>).
 * - The careers API with company and position uids: a "Comeet ATS Job Scraper" using Comeet Careers API
 *   v2 (www.comeet.co/careers-api/2.0/company/<uid>), found by code search.
 * The form's markup is modelled, not seen in a source (marked uncertain in /work/notes/i14b.md).
 */
export const urls: SiteUrls = {
  id: 'comeet',
  // A company's list and its positions share /jobs/<company>/…: the address pattern tells them apart.
  navigation: 'in-page',
  matches: ['https://www.comeet.com/jobs/*', 'https://www.comeet.co/jobs/*'],
  hosts: /^(www\.)?comeet\.(com|co)$/,
  jobPage: [/^\/jobs\/[^/]+\/[0-9A-F]{2}\.[0-9A-F]{3}\/[^/]+\/[0-9A-F]{2}\.[0-9A-F]{3}/i],
};

/** Addresses the page script must load the agent on, and must stay quiet on. */
export const examples: UrlExamples = {
  must: [
    'https://www.comeet.com/jobs/acme/A1.00C/senior-backend-engineer/2B.A3F',
    'https://www.comeet.com/jobs/acme/A1.00C/senior-backend-engineer/2B.A3F?coref=1.10.r94_1F1',
  ],
  mustNot: ['https://www.comeet.com/jobs/acme/A1.00C', 'https://www.comeet.com/', 'https://www.comeet.com/resources/blog/hiring-tips'],
};
