import type { SiteUrls, UrlExamples } from '../site-urls';

/**
 * Avature career portals, on <company>.avature.net/<portal>/…
 * - Posting: /<portal>/JobDetail/<title-slug>/<job id> (older: /<portal>/JobDetail?jobId=<id>); the
 *   search is /<portal>/SearchJobs. "Apply" (or "Apply now") leads to the form.
 * - Form: /<portal>/ApplicationMethods?jobId=<id> (choose how to apply) and the application form, server
 *   rendered, ending in "Submit" (some portals ask to register first).
 * - Confirmation: a thank-you page (no route of its own in any source).
 * Public sources (read for facts, nothing copied):
 * - Hosts, the SearchJobs and JobDetail pages: skystanoyevitch/HiringCafe-Challenge README.md,
 *   Abdulaziz-04/abdulaziz_hc_take_home README.md, picaq/avature-ats README.md, DaKheera47/hiring-cafe-take-home
 *   README.md (WAF notes), and an Avature scraper with an "HTML fallback for SearchJobs / JobDetail".
 * - Portals matched by an extension manifest: maximus.avature.net/careers/*, sandboxxerox.avature.net/*\/careers/*
 *   and one on an employer's own domain (jobs.<employer>.com/en_US/careers/JobDetail/<Title>/<id>).
 * The ApplicationMethods address is remembered from the product, not seen in a source (marked uncertain
 * in /work/notes/i14b.md).
 */
export const urls: SiteUrls = {
  id: 'avature',
  // Server-rendered portals: every job page is a page load.
  navigation: 'page-loads',
  matches: ['https://*.avature.net/*/JobDetail*', 'https://*.avature.net/*/ApplicationMethods*'],
  hosts: /\.avature\.net$/,
  jobPage: [/\/JobDetail\/([^/?#]+\/)?\d+/, /\/(JobDetail|ApplicationMethods)\?(.*&)?jobId=\d+/],
};

/** Addresses the page script must load the agent on, and must stay quiet on. */
export const examples: UrlExamples = {
  must: [
    'https://acme.avature.net/careers/JobDetail/Senior-Analyst/8123',
    'https://acme.avature.net/en_US/careers/JobDetail/Senior-Analyst/8123',
    'https://acme.avature.net/careers/ApplicationMethods?jobId=8123',
  ],
  mustNot: [
    'https://acme.avature.net/careers/SearchJobs/?jobOffset=20',
    'https://acme.avature.net/careers/Login',
    'https://acme.avature.net/careers',
  ],
};
