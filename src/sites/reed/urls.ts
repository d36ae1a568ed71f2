import type { SiteUrls, UrlExamples } from '../site-urls';

/**
 * Reed (UK): www.reed.co.uk/jobs/<slug>/<id>.
 *
 * Posting: /jobs/<title-slug>/<numeric id>; /jobs/<what>-jobs-in-<where> and /jobs?keywords= are
 * searches, /career-advice/… articles. Apply: "Apply now" opens Reed's own application in a dialog
 * over the posting (the member's CV on file or a new upload, an optional cover note, screening
 * questions), sent with "Submit application"; postings advertised elsewhere send the user on to the
 * employer's site. Confirmation: the dialog says the application was sent.
 * Sources: tonyamf/ReedBot README (Selenium: cookie banner, sign-in, search, multi-page
 * applications); andrewisoko/Reed-Automated-JobAssistant README (needs an account with an application
 * already sent); public Reed crawlers reading job cards and applying (unattributed public code,
 * several). The dialog's controls: [guess], named by their words only.
 */
export const urls: SiteUrls = {
  id: 'reed',
  // Postings are full page loads; the apply dialog opens over the posting.
  navigation: 'page-loads',
  matches: ['https://www.reed.co.uk/jobs/*/*'],
  hosts: /(^|\.)reed\.co\.uk$/,
  jobPage: [/^\/jobs\/[^/?]+\/\d+/],
};

/** Addresses the page script must load the agent on, and must stay quiet on. */
export const examples: UrlExamples = {
  must: [
    'https://www.reed.co.uk/jobs/warehouse-team-leader/51234567',
    'https://www.reed.co.uk/jobs/warehouse-team-leader/51234567?source=searchResults&filter=%2fjobs',
  ],
  mustNot: [
    'https://www.reed.co.uk/',
    'https://www.reed.co.uk/jobs/warehouse-jobs-in-leeds',
    'https://www.reed.co.uk/jobs?keywords=warehouse',
    'https://www.reed.co.uk/career-advice/how-to-write-a-cv/',
  ],
};
