import type { SiteUrls, UrlExamples } from '../site-urls';

/**
 * Naukri (India): www.naukri.com/job-listings-<slug>-<id>.
 *
 * Posting: /job-listings-<title>-<company>-<place>-<years>-<numeric id>. Search results live at
 * addresses such as /<what>-jobs-in-<where> and carry many jobs' data (they must stay quiet and never
 * count as a posting). Apply: "Apply" on the posting (`#apply-button`) sends the member's Naukri
 * profile at once, or first opens a chat-style drawer of the employer's questions whose last "Save"
 * sends it; "Apply on company site" (`#company-site-button`) leaves Naukri, and the posting stays one
 * the user may save. Confirmation: the posting then says the application went in ("Applied", "You
 * have successfully applied").
 * Sources: lordzohar/Naukri-autoapply-bot README and yaimrahulraj/naukri_auto_apply Naukri-chrome.py
 * (Selenium bots that open postings and press Apply, and tell one-click posts from company-site ones);
 * ashishdevops-dev-raj/Naukri-Automation README ("applies when the Apply button is available");
 * ../shared/realpages-more/listing-naukri-serp-bangalore.html (a captured search page, from
 * uttamkumar95446-bot/Job-Scraper). The button ids and the drawer's Save: [1] (unattributed public code).
 */
export const urls: SiteUrls = {
  id: 'naukri',
  // Postings are full page loads (search results open them in a new tab).
  navigation: 'page-loads',
  matches: ['https://www.naukri.com/job-listings-*'],
  hosts: /(^|\.)naukri\.com$/,
  jobPage: [/^\/job-listings-[^/?]*-\d{6,}(\?|$)/],
};

/** Addresses the page script must load the agent on, and must stay quiet on. */
export const examples: UrlExamples = {
  must: [
    'https://www.naukri.com/job-listings-embedded-software-engineer-acme-robotics-bengaluru-3-to-6-years-040125012345',
    'https://www.naukri.com/job-listings-embedded-software-engineer-acme-robotics-bengaluru-3-to-6-years-040125012345?src=jobsearchDesk&sid=1',
  ],
  mustNot: [
    'https://www.naukri.com/',
    'https://www.naukri.com/software-engineer-jobs-in-bangalore',
    'https://www.naukri.com/software-engineer-jobs-in-bangalore?k=software%20engineer&l=bangalore',
    'https://www.naukri.com/mnjuser/profile',
  ],
};
