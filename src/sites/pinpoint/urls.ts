import type { SiteUrls, UrlExamples } from '../site-urls';

/**
 * Pinpoint career sites, on <company>.pinpointhq.com.
 * - Posting: /[<locale>/]postings/<uuid> (server-rendered Rails pages), with an "Apply for this job"
 *   link to the form.
 * - Form: /[<locale>/]postings/<uuid>/applications/new: one page (name, email, CV, questions)
 *   ending in "Submit application".
 * - Confirmation: a thank-you page after the post (no route of its own in any source).
 * Public sources (read for facts, nothing copied):
 * - Hosts and the jobs API: public Pinpoint extractors found by code search ("JOBS_API =
 *   https://{subdomain}.pinpointhq.com/api/v1/jobs", a Pinpoint source with a per-company slug list, a
 *   Pinpoint scraper waiting for .job-page/.job-content and submitting the form).
 * - Integrations and applications API: public webhook handlers posting to developers-test.pinpointhq.com/api/v1.
 * - The product: jonhillr-L2H/TheDailyHire content/tools/pinpoint-ats-review.md (career sites,
 *   mobile-friendly application forms).
 * - Job addresses in public code: …pinpointhq.com/postings/<uuid> (job trackers' lists) and an
 *   autofill tool's sample form …pinpointhq.com/postings/<uuid>/applications/new; an extension
 *   manifest matching https://*.pinpointhq.com/postings/*.
 */
export const urls: SiteUrls = {
  id: 'pinpoint',
  navigation: 'page-loads',
  matches: ['https://*.pinpointhq.com/postings/*', 'https://*.pinpointhq.com/*/postings/*'],
  hosts: /\.pinpointhq\.com$/,
  jobPage: [/^(\/[a-z]{2}(-[A-Za-z]{2})?)?\/postings\/[0-9a-f-]{36}/i],
};

/** Addresses the page script must load the agent on, and must stay quiet on. */
export const examples: UrlExamples = {
  must: [
    'https://acme.pinpointhq.com/en/postings/5f0e6c7a-2b1d-4e8f-9a3c-1d2e3f4a5b6c',
    'https://acme.pinpointhq.com/en/postings/5f0e6c7a-2b1d-4e8f-9a3c-1d2e3f4a5b6c/applications/new',
    'https://acme.pinpointhq.com/postings/5f0e6c7a-2b1d-4e8f-9a3c-1d2e3f4a5b6c',
  ],
  mustNot: ['https://acme.pinpointhq.com/', 'https://acme.pinpointhq.com/en/postings', 'https://acme.pinpointhq.com/en/jobs?department=sales'],
};
