import type { SiteUrls, UrlExamples } from '../site-urls';

/**
 * ZipRecruiter: www.ziprecruiter.com/c/<company>/Job/<slug>/-in-<place>?jid=<id>, /jobs/<company>/<slug>,
 * and a search with a selected job (/jobs-search?…&lk=<listing key>).
 *
 * Posting: the addresses above. Apply: "1-Click Apply" sends the member's ZipRecruiter profile at once;
 * when the employer asks questions it first opens a dialog (`[role="dialog"]`, the "ApplyFlowApp"),
 * whose "Submit" sends it. "Apply" / "Apply on company site" leaves for the employer's site (the
 * posting stays a posting the user may save). "Save" bookmarks the job. Confirmation: the dialog
 * closes and the button turns to "Applied"; no route of its own.
 * Sources: timbogdanov/Job-Applier---ZipRecruiter README (the "1-Click Apply" button, the modal that asks
 * for more information, the right-hand job pane); GithubUserAccountAmazing/ziprecruiter-1-click-filter
 * README (1-Click Apply versus jobs that redirect to external sites; the /jobs-search address);
 * whatamithinking/ziprecruiter README (an unofficial API: search, quick-apply job links, apply); a
 * public redesign note of the 1-Click flow (the interview request by listing key, the dialog, the
 * button turning "Applied") (unattributed public code).
 */
export const urls: SiteUrls = {
  id: 'ziprecruiter',
  // A search selects a job in its right-hand pane without a page load.
  navigation: 'in-page',
  matches: ['https://www.ziprecruiter.com/*'],
  hosts: /(^|\.)ziprecruiter\.(com|co\.uk|ca)$/,
  jobPage: [/^\/c\/[^/?]+\/Job\/[^/?]+/, /^\/jobs\/[^/?]+\/[^/?]+/, /^\/jobs-search\?(.*&)?lk=[^&]+/],
};

/** Addresses the page script must load the agent on, and must stay quiet on. */
export const examples: UrlExamples = {
  must: [
    'https://www.ziprecruiter.com/c/Acme-Robotics/Job/Robotics-Technician/-in-Austin,TX?jid=8a9b0c1d2e3f4a5b',
    'https://www.ziprecruiter.com/jobs/acme-robotics-7c6d5e4f/robotics-technician-1a2b3c4d',
    'https://www.ziprecruiter.com/jobs-search?search=robotics&location=Austin%2C+TX&lk=AbCdEf123',
  ],
  mustNot: [
    'https://www.ziprecruiter.com/',
    'https://www.ziprecruiter.com/jobs-search?search=robotics&location=Austin%2C+TX',
    'https://www.ziprecruiter.com/Salaries/Robotics-Technician-Salary',
    'https://www.ziprecruiter.com/career/Robotics-Technician/What-Is-How-to-Become',
  ],
};
