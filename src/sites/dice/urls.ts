import type { SiteUrls, UrlExamples } from '../site-urls';

/**
 * Dice (US tech jobs): www.dice.com/job-detail/<uuid>.
 *
 * Posting: /job-detail/<uuid>; /jobs?q= is the search, /company-profile/… and /dashboard/… are not
 * jobs. Apply: a signed-in member sees "Easy Apply" (`data-testid="apply-button"`, drawn inside the
 * `apply-button-wc` web component) when the employer takes applications through Dice, or "Apply Now"
 * that leaves for the employer's site (then the posting stays a posting the user may save). Easy
 * Apply opens /job-applications/<uuid>/wizard (also reached through …/start-apply): the résumé on the
 * profile ("Replace" sends another), an optional cover letter, the employer's questions and a review,
 * moved through with "Next" and sent with "Submit". Confirmation: /job-applications/<uuid>/wizard/success
 * with "Application submitted" (`data-testid="job-application-success-card"`).
 * Sources: derac/Auto-Apply-to-Dice apply.py (search URL, the `dhi-wc-apply-button` web component and
 * its "Apply Now" text in the older page, the upload and submit step);
 * kristipatithoyajakshakashyap/DiceAutoApply dice_bot.py and thandava34/auto-apply-dice-jobs
 * core/main_script.py, as summarised by a public apply handler (apply-button data-testid, the wizard
 * URL, Next and Submit, the success card); public tests and bots that treat
 * /job-applications/<uuid>/wizard/success as Dice's own confirmation (unattributed public code, several).
 */
export const urls: SiteUrls = {
  id: 'dice',
  // The posting and the wizard are page loads; the wizard's steps and success view change in place,
  // which the page script's address loop follows.
  navigation: 'page-loads',
  matches: ['https://www.dice.com/job-detail/*', 'https://www.dice.com/job-applications/*'],
  hosts: /(^|\.)dice\.com$/,
  jobPage: [
    /^\/job-detail\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i,
    /^\/job-applications\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/(wizard|start-apply)(\/|$|\?)/i,
  ],
  confirmation: [/^\/job-applications\/[0-9a-f-]{36}\/wizard\/success/i],
};

/** Addresses the page script must load the agent on, and must stay quiet on. */
export const examples: UrlExamples = {
  must: [
    'https://www.dice.com/job-detail/4f1d2c3b-5a6e-4b7c-8d9e-0a1b2c3d4e5f',
    'https://www.dice.com/job-detail/4f1d2c3b-5a6e-4b7c-8d9e-0a1b2c3d4e5f?searchlink=search%2F&searchId=abc',
    'https://www.dice.com/job-applications/4f1d2c3b-5a6e-4b7c-8d9e-0a1b2c3d4e5f/wizard',
    'https://www.dice.com/job-applications/4f1d2c3b-5a6e-4b7c-8d9e-0a1b2c3d4e5f/start-apply',
    'https://www.dice.com/job-applications/4f1d2c3b-5a6e-4b7c-8d9e-0a1b2c3d4e5f/wizard/success',
  ],
  mustNot: [
    'https://www.dice.com/',
    'https://www.dice.com/jobs?q=python&location=Remote',
    'https://www.dice.com/company-profile/acme-robotics',
    'https://www.dice.com/dashboard/login',
    'https://www.dice.com/career-advice/how-to-write-a-cover-letter',
  ],
};
