import type { SiteUrls, UrlExamples } from '../site-urls';

/**
 * JazzHR career pages: <company>.applytojob.com/apply/<id>/<slug>.
 *
 * Posting: /apply/<id>/<slug> on the company's applytojob.com subdomain; /apply is the company's
 * career page and /apply/jobs its table of openings (both lists). Newer postings carry JSON-LD
 * JobPosting; older ones only a `.job_description` block and an Organization entry.
 * Form: on the posting page itself (the "Apply" button scrolls to or reveals it), fields with
 * `resumator-` ids and names. Submit: `#resumator-submit-resume`, "Submit Application" (a button on
 * most tenants, an `<a href="#">` on some). Confirmation: a thank-you page after the post; no route of
 * its own that two sources agree on, so the wording decides.
 * Sources: JazzHR Help Center FAQ, which names applytojob.com as the candidate-facing domain
 * (https://success.jazzhr.com/hc/en-us/articles/223270747-Frequently-Asked-Questions); public
 * application bots and form fillers that click `#resumator-submit-resume` (unattributed public code,
 * several, with both the button and the anchor variant); public job-feed notes on
 * <slug>.applytojob.com/apply/jobs, the two posting templates and the "<Company> - Career Page" title
 * (unattributed public code).
 */
export const urls: SiteUrls = {
  id: 'jazzhr',
  // The posting reveals its form in place; the script must be there already.
  navigation: 'in-page',
  matches: ['https://*.applytojob.com/apply/*'],
  hosts: /\.applytojob\.com$/,
  // Job ids are 8-12 letters and digits ("HfjPdG2EEG"); "jobs" (the table of openings) is not one.
  jobPage: [/^\/apply\/[A-Za-z0-9]{8,12}(\/|$|\?)/],
};

/** Addresses the page script must load the agent on, and must stay quiet on. */
export const examples: UrlExamples = {
  must: [
    'https://acme.applytojob.com/apply/Xk3pQ9LmZa/Hardware-Test-Engineer',
    'https://acme.applytojob.com/apply/Xk3pQ9LmZa/Hardware-Test-Engineer?source=LinkedIn',
    'https://acme.applytojob.com/apply/Xk3pQ9LmZa',
  ],
  mustNot: [
    'https://acme.applytojob.com/apply',
    'https://acme.applytojob.com/apply/jobs',
    'https://acme.applytojob.com/apply/jobs/?city=Boston',
    'https://www.jazzhr.com/pricing',
  ],
};
