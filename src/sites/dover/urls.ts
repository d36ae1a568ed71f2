import type { SiteUrls, UrlExamples } from '../site-urls';

/**
 * Dover: app.dover.com/apply/<company>/<uuid> (its careers pages on jobs.dover.com list the jobs).
 *
 * Posting and form: one page, /apply/<company>/<uuid> (often with ?rs=<referrer>), the description
 * and below it the application form with semantic names (firstName, lastName, email, phoneNumber,
 * linkedinUrl, a résumé upload) and the employer's own questions. The same host serves the
 * recruiters' app and its /login page, which must stay quiet. jobs.dover.com/companies/<company> is
 * the company's list; /companies/<company>/jobs/<id> one of its jobs. Submit: "Submit application"
 * after the upload. Confirmation: drawn in place of the form, and the applicant gets an email when
 * the employer turned that on.
 * Sources: Dover Help Center, "Job postings" (https://help.dover.com/en/articles/6512038-job-postings:
 * the standard fields, custom questions, the application confirmation email); public ATS detectors
 * and form fillers (app.dover.com/apply/<org>/<uuid>, its field names, /login on the same host;
 * jobs.dover.com/companies/<company>) (unattributed public code, several).
 */
export const urls: SiteUrls = {
  id: 'dover',
  // A single-page app: the form and its confirmation are drawn without a page load.
  navigation: 'in-page',
  matches: ['https://app.dover.com/apply/*', 'https://jobs.dover.com/companies/*'],
  hosts: /^(app|jobs)\.dover\.com$/,
  jobPage: [/^\/apply\/[^/?]+\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i, /^\/companies\/[^/?]+\/jobs\/[^/?]+/i],
};

/** Addresses the page script must load the agent on, and must stay quiet on. */
export const examples: UrlExamples = {
  must: [
    'https://app.dover.com/apply/acme-robotics/2b7c4d5e-6f70-4812-9a3b-4c5d6e7f8091',
    'https://app.dover.com/apply/acme-robotics/2b7c4d5e-6f70-4812-9a3b-4c5d6e7f8091/?rs=76643084',
    'https://jobs.dover.com/companies/acme-robotics/jobs/2b7c4d5e-6f70-4812-9a3b-4c5d6e7f8091',
  ],
  mustNot: [
    'https://app.dover.com/login',
    'https://app.dover.com/apply/acme-robotics',
    'https://jobs.dover.com/companies/acme-robotics',
    'https://www.dover.com/pricing',
  ],
};
