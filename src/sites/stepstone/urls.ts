import type { SiteUrls, UrlExamples } from '../site-urls';

/**
 * StepStone boards: www.stepstone.de, .at, .be, .nl: /stellenangebote--<slug>--<id>-inline.html
 * (Dutch and French sites: /vacatures--… and /offres-emploi--…).
 *
 * Posting: the address above (the id is the number before "-inline.html"); /jobs/<what>/in-<where>
 * and the home page are searches. Apply: "Jetzt bewerben" / "Ich bin interessiert" either leaves for
 * the employer's site (the posting stays a posting the user may save) or opens StepStone's own
 * application form (profile, CV, cover letter) in a dialog over the posting, sent with "Bewerbung
 * senden" / "Bewerbung absenden". Confirmation: "Hat alles geklappt?" / "Deine Bewerbung wurde
 * versendet" style wording, on routes such as /application/confirmation [1].
 * Sources: Zscottwilley/stepstone-jobs-scraper and lonehog/job_hunter Stepstone/README.md (job
 * pages on stepstone.de, their fields); public scrapers and their tests building
 * www.stepstone.de/stellenangebote--<slug>--<id>-inline.html and reading the id from it, and one
 * auto-apply project's confirmation check (wording and routes) (unattributed public code, several).
 */
export const urls: SiteUrls = {
  id: 'stepstone',
  // Postings are full page loads; the apply dialog opens over the posting.
  navigation: 'page-loads',
  matches: [
    'https://www.stepstone.de/stellenangebote--*',
    'https://www.stepstone.at/stellenangebote--*',
    'https://www.stepstone.be/*--*-inline.html*',
    'https://www.stepstone.nl/vacatures--*',
  ],
  hosts: /(^|\.)stepstone\.(de|at|be|nl)$/,
  jobPage: [/^\/(stellenangebote|vacatures|offres-emploi)--[^?]*--\d+(-inline)?\.html/],
};

/** Addresses the page script must load the agent on, and must stay quiet on. */
export const examples: UrlExamples = {
  must: [
    'https://www.stepstone.de/stellenangebote--Embedded-Softwareentwickler-m-w-d-Muenchen-Acme-Robotics-GmbH--13904121-inline.html',
    'https://www.stepstone.de/stellenangebote--Embedded-Softwareentwickler-m-w-d-Muenchen-Acme-Robotics-GmbH--13904121-inline.html?rltr=2_2_25_seorl_m_0_0_0_0_0_0',
    'https://www.stepstone.at/stellenangebote--Lagerlogistiker-Wien-Acme-GmbH--987654-inline.html',
    'https://www.stepstone.nl/vacatures--Software-Engineer-Amsterdam-Acme-BV--123456-inline.html',
  ],
  mustNot: [
    'https://www.stepstone.de/',
    'https://www.stepstone.de/jobs/softwareentwickler/in-muenchen',
    'https://www.stepstone.de/cmp/de/acme-robotics-gmbh-12345/jobs',
    'https://www.stepstone.de/magazin/artikel/bewerbung-schreiben',
  ],
};
