import type { SiteUrls, UrlExamples } from '../site-urls';

/**
 * softgarden (a German ATS used by many Mittelstand employers), on <company>.softgarden.io and the
 * older <company>.career.softgarden.de.
 * - Posting: /job/<id>[/<title-slug>][?jobDbPVId=…] (optionally after a locale, /de/job/<id>), in
 *   German or English ("Jetzt bewerben" / "Apply now" opens the form).
 * - Form: /applyonline/<id> or the job's own …/apply step: contact fields, CV upload, data-protection
 *   consent, ending in "Bewerbung absenden" / "Submit application".
 * - Confirmation: a thank-you page ("Vielen Dank für Ihre Bewerbung"), no route of its own in any source.
 * Public sources (read for facts, nothing copied):
 * - Hosts and job links: a public "Softgarden job board parser" (*.softgarden.io, links to /job/<id>,
 *   titles in link text), a Softgarden scraper probing https://<tenant>.softgarden.io/api/job-offers
 *   and falling back to the /job/list page, job links such as …softgarden.io/job/<id>/<Title>?l=de and
 *   employers' own domains mirroring them (karriere.<employer>.de/jobs/<id>/<Title>/), all found by
 *   code search; wireapp/wire README.md links its jobs as wire.softgarden.io/job/<id>.
 * The apply routes are remembered from the product, not seen in a source (marked uncertain in
 * /work/notes/i14b.md).
 */
export const urls: SiteUrls = {
  id: 'softgarden',
  // Career pages are partly client-rendered; jobs open from the list without a load on newer themes.
  navigation: 'in-page',
  matches: ['https://*.softgarden.io/*', 'https://*.career.softgarden.de/*'],
  hosts: /\.softgarden\.io$|\.career\.softgarden\.de$/,
  jobPage: [/^(\/[a-z]{2})?\/(job|jobs|applyonline)\/\d+/],
};

/** Addresses the page script must load the agent on, and must stay quiet on. */
export const examples: UrlExamples = {
  must: [
    'https://acme.softgarden.io/job/41234567/Elektroniker-m-w-d-?jobDbPVId=123456&l=de',
    'https://acme.softgarden.io/de/job/41234567',
    'https://acme.softgarden.io/applyonline/41234567',
    'https://acme.career.softgarden.de/jobs/41234567/Werkstudent-Marketing/',
  ],
  mustNot: ['https://acme.softgarden.io/job/list', 'https://acme.softgarden.io/', 'https://acme.softgarden.io/de/vacancies', 'https://acme.career.softgarden.de/?page=2'],
};
