import type { SiteUrls, UrlExamples } from '../site-urls';

/**
 * Gem job boards: jobs.gem.com/<board>/<job id>.
 *
 * Posting and form: one page, /<board>/<id> (the id is a long URL-safe token), a React app that draws
 * the description and, below it, a "Ready to apply?" form with NO <form> element: text inputs with
 * generated class names, a résumé file input, questions as radios and text areas. /<board> alone is
 * the board's list. Submit: two type="submit" buttons at the end, "Apply and save" and "Apply without
 * saving" (the "save" is the applicant's Gem profile, not a draft: both send the application). The
 * page's <title> is the job title; the company is not named on the page (only in the address and
 * "Powered by Gem"). Confirmation: drawn in place of the form; no route of its own.
 * Sources: epoyraz/browser-harness-v2 tests/corpus/forms/job-053-rivia (a captured Gem application
 * form, measured here as ../shared/realpages-more/posting-gem-rivia-apply-trimmed.html); public ATS
 * detectors recognising jobs.gem.com/<board>/<id> and scrapers of Gem's public GraphQL board API at
 * jobs.gem.com (unattributed public code, several).
 */
export const urls: SiteUrls = {
  id: 'gem',
  // A single-page app: the board opens a job without a page load.
  navigation: 'in-page',
  matches: ['https://jobs.gem.com/*'],
  hosts: /^jobs\.gem\.com$/,
  jobPage: [/^\/[^/?]+\/[A-Za-z0-9_-]{16,}/],
};

/** Addresses the page script must load the agent on, and must stay quiet on. */
export const examples: UrlExamples = {
  must: [
    'https://jobs.gem.com/acme-robotics/am9icG9zdDpAcmVib3VuZC1maXh0dXJl',
    'https://jobs.gem.com/acme-robotics/am9icG9zdDpAcmVib3VuZC1maXh0dXJl?src=linkedin',
  ],
  mustNot: ['https://jobs.gem.com/acme-robotics', 'https://jobs.gem.com/', 'https://www.gem.com/blog/recruiting-metrics'],
};
