import type { SiteUrls, UrlExamples } from '../site-urls';

/**
 * Welcome to the Jungle: www.welcometothejungle.com/<lang>/companies/<company>/jobs/<slug>.
 *
 * Posting: /<lang>/companies/<company>/jobs/<slug> (the slug ends in the city: "…_paris"); the
 * company's page /<lang>/companies/<company>, its /jobs list and the search /<lang>/jobs?query= are
 * lists, /<lang>/articles/… are articles. Form: the posting's "Postuler" / "Apply" opens the
 * application in a dialog on the same address (name, email, CV, cover letter) when the employer takes
 * applications on the site; otherwise the button leaves for the employer's own ATS and the posting is
 * only a posting. Submit: the dialog form's "Envoyer ma candidature" / "Send my application".
 * Confirmation: shown in the dialog; no route of its own.
 * Sources: kimdRakes/welcome-to-the-jungle-scraper README (jobs and company pages, the /companies and
 * /jobs search); Lekmax-77/scrapping_wttj README (the /fr/jobs?query= search); public importers that
 * build www.welcometothejungle.com/fr/companies/<organization slug>/jobs/<job slug> from the site's
 * search index, and a browser extension's extractor for the same address (unattributed public code,
 * several). The dialog form: [guess] from the site's public behaviour, no source shows its markup.
 */
export const urls: SiteUrls = {
  id: 'welcometothejungle',
  // A single-page app: search and company pages open a job without a page load.
  navigation: 'in-page',
  matches: ['https://www.welcometothejungle.com/*'],
  hosts: /^(www\.)?welcometothejungle\.com$/,
  jobPage: [/^\/[a-z]{2}(-[a-z]{2})?\/companies\/[^/?]+\/jobs\/[^/?]+/],
};

/** Addresses the page script must load the agent on, and must stay quiet on. */
export const examples: UrlExamples = {
  must: [
    'https://www.welcometothejungle.com/fr/companies/acme-robotics/jobs/ingenieur-logiciel-embarque_lyon',
    'https://www.welcometothejungle.com/en/companies/acme-robotics/jobs/embedded-software-engineer_lyon?q=abc&o=123',
  ],
  mustNot: [
    'https://www.welcometothejungle.com/fr/companies/acme-robotics',
    'https://www.welcometothejungle.com/fr/companies/acme-robotics/jobs',
    'https://www.welcometothejungle.com/fr/jobs?query=ingenieur',
    'https://www.welcometothejungle.com/fr/articles/lettre-de-motivation',
  ],
};
