import type { SiteUrls, UrlExamples } from '../site-urls';

/**
 * Eightfold AI "Personalized Career Site", on <company>.eightfold.ai/careers.
 * - Posting: /careers?pid=<position id>[&domain=<employer domain>] (the search view with one position
 *   open) or /careers/job/<position id>. A React single-page app; position cards are
 *   [data-test-id="position-card-N"] links; the open position shows an "Apply" button.
 * - Form: opens in the same app over the position (résumé upload, contact fields, questions), ending
 *   in "Submit Application"; "Apply with LinkedIn"/résumé parsing are helpers, not the submit.
 * - Confirmation: a thank-you view in the app (no route of its own in any source).
 * Public sources (read for facts, nothing copied):
 * - Hosts, the SPA and its cards: public scrapers found by code search ("Eightfold AI career site scraper.
 *   Handles sites like aexp.eightfold.ai, prudential.eightfold.ai", position-card-X cards, pid in the
 *   query string; the /api/apply/v2/jobs positions API with id, name, locations, department).
 * - The product's Personalized Career Site: RemoteWLB/remote-jobs jobs/React/2024-03/*eightfold* postings
 *   (Eightfold's own job descriptions of it).
 * The form's button names are modelled, not seen in a source (marked uncertain in /work/notes/i14b.md).
 */
export const urls: SiteUrls = {
  id: 'eightfold',
  navigation: 'in-page',
  matches: ['https://*.eightfold.ai/*'],
  // app.eightfold.ai is the recruiters' own product, not a career site.
  hosts: /^(?!app\.)[a-z0-9-]+\.eightfold\.ai$/,
  jobPage: [/^\/careers\/?\?(.*&)?pid=\d+/, /^\/careers\/job\/\d+/],
};

/** Addresses the page script must load the agent on, and must stay quiet on. */
export const examples: UrlExamples = {
  must: [
    'https://acme.eightfold.ai/careers?pid=563431234&domain=acme.com',
    'https://acme.eightfold.ai/careers?query=engineer&pid=563431234&domain=acme.com&sort_by=relevance',
    'https://acme.eightfold.ai/careers/job/563431234',
  ],
  mustNot: [
    'https://acme.eightfold.ai/careers?query=engineer&domain=acme.com',
    'https://acme.eightfold.ai/careers',
    'https://app.eightfold.ai/careers?pid=563431234',
  ],
};
