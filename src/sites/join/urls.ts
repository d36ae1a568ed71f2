import type { SiteUrls, UrlExamples } from '../site-urls';

/**
 * JOIN (join.com), a free ATS used by small companies in Germany, Austria and Switzerland.
 *
 * Posting: join.com/companies/<company>/<numeric id>-<slug>, server-rendered; /companies/<company>
 * is the company's page listing all its jobs on one page. Form: /companies/<company>/<id>-<slug>/apply
 * (the posting's "Apply" / "Jetzt bewerben" leads there): name, email, CV upload, questions.
 * Submit: the form's "Submit application" / "Bewerbung absenden" button. Confirmation: a thank-you
 * view in place of the form; no route two sources agree on, so the wording decides (English or German).
 * Sources: sayu320/ats_scraper join_research.md (company pages join.com/companies/<slug>, jobs rendered
 * server-side, all roles on one page) and adapters/join_com.py (job links under
 * join.com/companies/<slug>/); public scrapers of JOIN's job search API and an application bot for
 * join.com (unattributed public code, several).
 */
export const urls: SiteUrls = {
  id: 'join',
  // A Next.js app: the company page opens a job, and the job its form, without a page load.
  navigation: 'in-page',
  matches: ['https://join.com/companies/*'],
  hosts: /^join\.com$/,
  jobPage: [/^\/companies\/[^/?]+\/\d+-[^/?]+/],
};

/** Addresses the page script must load the agent on, and must stay quiet on. */
export const examples: UrlExamples = {
  must: [
    'https://join.com/companies/acme-robotics/11223344-embedded-software-engineer',
    'https://join.com/companies/acme-robotics/11223344-embedded-software-engineer/apply',
    'https://join.com/companies/acme-robotics/11223344-embedded-software-engineer?pid=abc',
  ],
  mustNot: ['https://join.com/companies/acme-robotics', 'https://join.com/', 'https://join.com/en/pricing'],
};
