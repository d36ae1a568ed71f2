import type { SiteUrls, UrlExamples } from '../site-urls';

/**
 * ADP career centers.
 * - ADP Workforce Now: workforcenow.adp.com/mascsr/default/mdf/recruitment/recruitment.html?cid=<client
 *   guid>&ccId=<…>&jobId=<id>&lang=en_US; the same page without jobId is the list. A single-page app:
 *   the job opens as a panel with an "Apply" button that opens the application in the same app
 *   ("Next" between steps, "Submit" at the end).
 * - ADP MyJobs (Recruiting Management): myjobs.adp.com/<site>/cx/job-details?reqId=<id>, apply under
 *   …/cx/apply?reqId=<id>.
 * - Confirmation: a thank-you view in the app (no route of its own in any source).
 * Public sources (read for facts, nothing copied):
 * - Workforce Now addresses and ids: sebastian031093/work-talent …/template-workforcenowADP.js and
 *   YeissonOsorno/Templates-web-scrapping Templates-Base/workforce-GET.adp.js (job URLs built as
 *   recruitment.html?cid=…&ccId=…&jobId=…), RyanHansz/GW-info-gather scrapers/goodwill/README_API.md
 *   (the jobId in public URLs is the ExternalJobID; the job-requisitions API behind the app).
 * - A heavy single-page app needing a browser: public ADP scrapers found by code search.
 * - MyJobs: an extension manifest matching myjobs.adp.com/<site>/cx/job-details* (two employers'
 *   sites), noting that applying stops at a legal or account wall. The …/cx/apply route is remembered
 *   from the product, not seen in a source (marked uncertain in /work/notes/i14b.md). Workforce Now's other pages are the employer's HR app and stay quiet.
 */
export const urls: SiteUrls = {
  id: 'adp',
  // Single-page apps: the list opens a job, and the form, without a page load.
  navigation: 'in-page',
  matches: ['https://workforcenow.adp.com/mascsr/default/mdf/recruitment/*', 'https://myjobs.adp.com/*'],
  hosts: /^(workforcenow|myjobs)\.adp\.com$/,
  jobPage: [/\/mdf\/recruitment\/recruitment\.html\?(.*&)?jobId=[\w.-]+/i, /^\/[^/]+\/cx\/(job-details|apply)\?(.*&)?reqId=[\w-]+/i],
};

/** Addresses the page script must load the agent on, and must stay quiet on. */
export const examples: UrlExamples = {
  must: [
    'https://workforcenow.adp.com/mascsr/default/mdf/recruitment/recruitment.html?cid=0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b&ccId=19000101_000001&type=MP&lang=en_US&jobId=512345',
    'https://myjobs.adp.com/acmecareers/cx/job-details?reqId=5001234567890',
  ],
  mustNot: [
    'https://workforcenow.adp.com/mascsr/default/mdf/recruitment/recruitment.html?cid=0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b&ccId=19000101_000001&type=MP&lang=en_US',
    'https://workforcenow.adp.com/theme/index.html',
    'https://myjobs.adp.com/acmecareers/cx/job-listing',
  ],
};
