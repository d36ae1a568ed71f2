import type { SiteUrls, UrlExamples } from '../site-urls';

/**
 * SAP SuccessFactors Recruiting, on its own career hosts career<N>.successfactors.com / .eu (and the
 * sapsf.com / .eu data centres), and as "Recruiting Marketing" (RMK) career sites on employers' domains
 * such as jobs.sap.com.
 * - Posting: /career?career_ns=job_listing&company=<co>&career_job_req_id=<id> (also the public link
 *   /sfcareer/jobreqcareer?jobId=<id>&company=<co>); RMK: /job/<City>-<Title>/<id>/ with an "Apply now"
 *   button that leads to the SuccessFactors form.
 * - Form: /career?career_ns=job_application&…&career_job_req_id=<id>: one long page (profile,
 *   résumé, questions) ending in an "Apply" / "Submit" button; "Save draft" keeps it for later.
 * - Confirmation: a page telling the candidate the application was received (no route of its own in
 *   any source; seen as a visible heading after a seen submit).
 * Public sources (read for facts, nothing copied):
 * - Apply links in public code found by exact search: career5.successfactors.eu/careers?company=…&career_job_req_id=…&career_ns=job_application
 *   (several job trackers and scrapers), a registration step on the same address (login_ns=register),
 *   and a detector treating /sfcareer/, jobreqcareer, career_job_req_id= and career_ns=job_application
 *   as SuccessFactors.
 * - Career hosts and URL patterns: public scrapers found by code search ("Universal SAP SuccessFactors ATS
 *   Scraper" listing jobs.sap.com/search/ and <co>.successfactors.com/career; a NES-platform note naming
 *   career2.successfactors.eu and career8.successfactors.com), the careers-at-SAP scraper querying
 *   https://jobs.sap.com/search/.
 * - SuccessFactors' share in large employers and its medium-difficulty form: snehitvaddi/S-n-P-500-careers-apply-skill
 *   DIRECTORY.md (36 of 511 companies on SuccessFactors).
 * - The job requisition model behind career_job_req_id: SAP API hub RCMJobRequisition (api.sap.com), as
 *   used by Riminder/hrflow-connectors connectors/sapsuccessfactors/docs/pull_jobs.md.
 * RMK markup (data-careersite-propertyid on the job's fields) is how a career site on another domain is
 * recognised; that attribute is from memory of the product, not from a source found today (marked
 * uncertain in /work/notes/i14b.md).
 */
export const urls: SiteUrls = {
  id: 'successfactors',
  // Server-rendered: each step is a page load. The list shares the /career path with the jobs (only
  // its query differs), so the page script runs there too and the address pattern keeps it quiet.
  navigation: 'page-loads',
  matches: [
    'https://*.successfactors.com/career*',
    'https://*.successfactors.eu/career*',
    'https://*.successfactors.com/sfcareer/jobreqcareer*',
    'https://*.successfactors.eu/sfcareer/jobreqcareer*',
    'https://*.sapsf.com/career*',
    'https://*.sapsf.eu/career*',
  ],
  hosts: /^career\d*\.(successfactors|sapsf)\.(com|eu)$/,
  jobPage: [/^\/careers?\?(.*&)?career_job_req_id=\d+/, /^\/sfcareer\/jobreqcareer\?(.*&)?jobId=\d+/],
};

/** Addresses the page script must load the agent on, and must stay quiet on. */
export const examples: UrlExamples = {
  must: [
    'https://career2.successfactors.eu/career?career_ns=job_listing&company=acmeP&navBarLevel=JOB_SEARCH&career_job_req_id=12345',
    'https://career2.successfactors.eu/career?career_ns=job_application&company=acmeP&career_job_req_id=12345',
    'https://career8.successfactors.com/sfcareer/jobreqcareer?jobId=12345&company=acmeT5',
    'https://career5.successfactors.eu/careers?company=acmeP&career_job_req_id=91937&career_ns=job_application',
  ],
  mustNot: [
    'https://career8.successfactors.com/login?company=acmeT5',
    'https://performancemanager4.successfactors.com/sf/home?company=acmeT5',
    'https://career8.successfactors.com/sfcareer/candidateProfile?company=acmeT5',
  ],
};
