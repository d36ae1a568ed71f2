import type { SiteUrls, UrlExamples } from '../site-urls';

/**
 * Oracle Recruiting Cloud (Oracle Fusion HCM "Candidate Experience"), on <pod>.fa[.<dc>].oraclecloud.com.
 * - Posting: …/hcmUI/CandidateExperience/<lang>/sites/<site>/job/<id>, or the search's preview pane
 *   …/sites/<site>/requisitions/preview/<id>. An "Apply Now" button only opens the flow.
 * - Form: a single-page app (Oracle JET + Knockout) under …/job/<id>/apply/email (email, PIN), then
 *   …/apply/section/1…N; every step has a "Next" button (apply-flow-pagination__button) and the last
 *   one a Submit button, button.apply-flow-pagination__submit-button. No plain HTML form post.
 * - Confirmation: after the submit the app routes to …/sites/<site>/my-profile ("My Applications")
 *   with a "Thank you for your job application." banner. That route also lists old applications, so it
 *   is not a confirmation route of its own: only the banner after a seen submit counts.
 * Public sources (read for facts, nothing copied):
 * - URL shapes of job, preview and apply pages: public scrapers and trackers found by code search, e.g.
 *   sharath459/portfolio resume-generator/docs/fortune100.md (the segment after /sites/ is the site),
 *   and several unattributed job fetchers building …/sites/<site>/job/<id> and
 *   …/requisitions/preview/<id>/apply/email?mode=location.
 * - Apply steps, their routes and classes, the submit button and the /my-profile landing: an
 *   unattributed public "Oracle Cloud HCM Candidate Experience" automation guide (apply-flow-block--…,
 *   apply-flow-pagination__submit-button, "Thank you for your job application.").
 * - "Apply Now" opens the flow; a form's button[type=submit] advances it: vvaibhavv11/oracle_automation
 *   core.py (click_apply_button, click_next_button).
 * - Product docs: docs.oracle.com …/farws/api-recruiting-job-applications.html (job applications).
 */
export const urls: SiteUrls = {
  id: 'oracle',
  // One app: the search opens a job, and the apply steps change, without a page load.
  navigation: 'in-page',
  matches: ['https://*.oraclecloud.com/hcmUI/CandidateExperience/*'],
  hosts: /(^|\.)fa(\.[a-z0-9-]+)?\.oraclecloud\.com$/,
  jobPage: [/^\/hcmUI\/CandidateExperience\/[^/]+\/sites\/[^/]+\/(job|requisitions\/preview)\/[^/?#]+/],
};

/** Addresses the page script must load the agent on, and must stay quiet on. */
export const examples: UrlExamples = {
  must: [
    'https://acme.fa.us2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1/job/12345',
    'https://acme.fa.us2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1/job/12345/apply/section/2',
    'https://acme.fa.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CampusHiring/requisitions/preview/140897/apply/email?mode=location',
    'https://fa-abcd-saasfaprod1.fa.ocs.oraclecloud.com/hcmUI/CandidateExperience/en/sites/careers/job/R270849',
  ],
  mustNot: [
    'https://acme.fa.us2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1/requisitions?keyword=engineer',
    'https://acme.fa.us2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1/my-profile',
    'https://acme.fa.us2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1',
    'https://acme.fa.us2.oraclecloud.com/fscmUI/faces/FuseWelcome',
  ],
};
