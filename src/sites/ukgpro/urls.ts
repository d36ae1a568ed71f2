import type { SiteUrls, UrlExamples } from '../site-urls';

/**
 * UKG Pro Recruiting (formerly UltiPro), on recruiting.ultipro.com and recruiting2.ultipro.com (and
 * .ca): /<TENANT>/JobBoard/<board guid>/…
 * - Posting: …/OpportunityDetail?opportunityId=<guid>. The page is a Knockout template: its visible
 *   text is bindings until scripts run, and the job itself (title, locations, full/part time, category,
 *   requisition number) is only in an inline script, `new US.Opportunity.CandidateOpportunityDetail({…})`.
 *   The employer's name is in the footer link ("© <year> <Company>, Inc. All rights reserved.").
 *   "Apply Now" (and "Quick Apply") buttons only go to the form.
 * - Form: …/OpportunityApply?opportunityId=<guid>: steps with "Next" and a final "Submit".
 * - Confirmation: a thank-you view after the final submit (no route of its own in any source).
 * Public sources (read for facts, nothing copied):
 * - The real posting page in ../shared/realpages-more (posting-ultipro-presidio.html, fetched by
 *   russelldudek/presidio .github/workflows/fetch-role.yml): the inline CandidateOpportunityDetail call,
 *   the Knockout bindings, the "Apply Now"/"Quick Apply" buttons bound to QuickApplyLink and
 *   opportunityApplyRedirectUrl, and the footer link.
 * - Job board and detail URLs: johnedwinwright/tuesam tuesdaymorning.rb (…/JobBoard/<guid>/OpportunityDetail?opportunityId=),
 *   JonnathanMTalent/repositorio30dic2022 PLANTILLAS_BASICAS/ATS_mejorados/recruiting.ultipro.js (the
 *   board's LoadSearchResults list).
 * - An extension manifest matching recruiting.ultipro.com/*\/JobBoard/*\/OpportunityDetail*, and
 *   a job-finder note listing recruiting<N>.ultipro.com/<tenant>/JobBoard/<board>/OpportunityDetail?opportunityId=<id>.
 * - Vendor docs: developer.ukg.com/hcm/reference/createapplication (an application is created and
 *   submitted to UKG Pro Recruiting).
 * The OpportunityApply address is the product's apply route as remembered, not seen in a source
 * (marked uncertain in /work/notes/i14b.md).
 */
export const urls: SiteUrls = {
  id: 'ukgpro',
  // The board opens jobs and runs the apply steps inside one Knockout app.
  navigation: 'in-page',
  matches: ['https://recruiting.ultipro.com/*', 'https://recruiting2.ultipro.com/*', 'https://recruiting.ultipro.ca/*'],
  hosts: /^recruiting2?\.ultipro\.(com|ca)$/,
  jobPage: [/\/JobBoard\/[0-9a-f-]{36}\/Opportunity(Detail|Apply)\?(.*&)?opportunityId=[0-9a-f-]{36}/i],
};

/** Addresses the page script must load the agent on, and must stay quiet on. */
export const examples: UrlExamples = {
  must: [
    'https://recruiting.ultipro.com/ACM1000ACME/JobBoard/4c05f321-903e-43d5-a4c0-5d9dd55dc34d/OpportunityDetail?opportunityId=0b6f2b7e-1d3c-4a59-9e21-7f0c8a4d2e11',
    'https://recruiting2.ultipro.com/ACM1000ACME/JobBoard/4c05f321-903e-43d5-a4c0-5d9dd55dc34d/OpportunityApply?opportunityId=0b6f2b7e-1d3c-4a59-9e21-7f0c8a4d2e11',
  ],
  mustNot: [
    'https://recruiting.ultipro.com/ACM1000ACME/JobBoard/4c05f321-903e-43d5-a4c0-5d9dd55dc34d/?q=&o=postedDateDesc',
    'https://recruiting.ultipro.com/ACM1000ACME/JobBoard/4c05f321-903e-43d5-a4c0-5d9dd55dc34d/Account/Register',
    'https://recruiting.ultipro.com/ACM1000ACME/JobBoard/4c05f321-903e-43d5-a4c0-5d9dd55dc34d/OpportunityDetail',
  ],
};
