import type { SiteUrls, UrlExamples } from '../site-urls';

/**
 * Oracle Recruiting Cloud (Oracle Fusion HCM "Candidate Experience"), on <pod>.fa[.<dc>].oraclecloud.com
 * (e.g. eeho.fa.us2…, fa-xxxx-saasfaprod1.fa.ocs…), some also on a custom domain.
 * - Posting: …/hcmUI/CandidateExperience/<lang>/sites/<site>/job/<id> (also …/opportunity/<id>), or
 *   the search's preview pane …/sites/<site>/requisitions/preview/<id>. No JSON-LD; og:title is the
 *   job's title. An "Apply Now" button only opens the flow.
 * - Form: a single-page app (Oracle JET + Knockout, light DOM) under …/job/<id>/apply/email (email and
 *   a one-time PIN), then …/apply/section/1…N. Every step has a "Next" button
 *   (.apply-flow-pagination__button) and the last one the submit, button.apply-flow-pagination__submit-button
 *   (the "fixer" button beside it switches to submitting once no field needs fixing). No plain form post.
 * - Confirmation: after the submit the app routes to …/sites/<site>/my-profile ("My Applications")
 *   with a "Thank you for your job application" banner. That route also lists old applications, so it
 *   is not a confirmation route of its own: only the banner appearing after a seen submit counts.
 * Public sources (read for facts, nothing copied):
 * - callitask/Universal-Autonomous-Career-Agent docs/ORACLE_HCM_ATS_DEEP_DIVE.md: the apply routes
 *   (/apply/email, /apply/section/N), apply-flow-block--… classes, the submit button, the /my-profile
 *   landing and its thank-you banner.
 * - usama-sh/fastapply src/engine/selectors.ts (pin inputs, pills, the Next button) and an unattributed
 *   public research note on Taleo and ORC (job and apply URL patterns checked against a live Oracle
 *   site, custom domains such as careers.oracle.com, the og:title, no shadow DOM).
 * - URL shapes in public job fetchers: sharath459/portfolio resume-generator/docs/fortune100.md (the
 *   segment after /sites/ is the site), unattributed fetchers building …/sites/<site>/job/<id> and
 *   …/requisitions/preview/<id>/apply/email?mode=location, and an extension manifest matching
 *   …/sites/*\/job/* and …/sites/*\/opportunity/* only, because oraclecloud.com hosts every Fusion app.
 * - vvaibhavv11/oracle_automation core.py: "Apply Now" opens the flow, the form's submit-type button
 *   advances it.
 * - Vendor docs: docs.oracle.com …/farws/api-recruiting-job-applications.html (job applications).
 */
export const urls: SiteUrls = {
  id: 'oracle',
  // One app: the search opens a job, and the apply steps change, without a page load.
  navigation: 'in-page',
  matches: ['https://*.oraclecloud.com/hcmUI/CandidateExperience/*'],
  hosts: /(^|\.)fa(\.[a-z0-9-]+)?\.oraclecloud\.com$/,
  jobPage: [/^\/hcmUI\/CandidateExperience\/[^/]+\/sites\/[^/]+\/(job|opportunity|requisitions\/preview)\/[^/?#]+/],
};

/** Addresses the page script must load the agent on, and must stay quiet on. */
export const examples: UrlExamples = {
  must: [
    'https://acme.fa.us2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1/job/12345',
    'https://acme.fa.us2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1/job/12345/apply/section/2',
    'https://acme.fa.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CampusHiring/requisitions/preview/140897/apply/email?mode=location',
    'https://fa-abcd-saasfaprod1.fa.ocs.oraclecloud.com/hcmUI/CandidateExperience/en/sites/careers/job/R270849',
    'https://fa-abcd-saasfaprod1.fa.ocs.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1/opportunity/344707',
  ],
  mustNot: [
    'https://acme.fa.us2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1/requisitions?keyword=engineer',
    'https://acme.fa.us2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1/my-profile',
    'https://acme.fa.us2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1',
    'https://acme.fa.us2.oraclecloud.com/fscmUI/faces/FuseWelcome',
  ],
};
