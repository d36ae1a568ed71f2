import type { SiteUrls, UrlExamples } from '../site-urls';

/**
 * Oracle Taleo, two products on *.taleo.net:
 * - Taleo Enterprise career sections: <tenant>.taleo.net/careersection/<section>/jobdetail.ftl?job=<id>
 *   (posting; page title "Job Description - <Title> (<id>)", no JSON-LD, "Apply Online" buttons that
 *   run script), …/jobapply.ftl?job=<id> (enters the flow: sign in, "New User" or "Apply as Guest"
 *   on …/careersection/iam/accessmanagement/login.jsf), then the flow's pages at
 *   …/careersection/[<section>/]flow.jsf or application.jss, full-page JSF posts with
 *   "Save and Continue" (#et-ef-content-ftf-saveContinueCmdBottom) and, on the last page, Submit
 *   (#et-ef-content-ftf-submitCmdBottom), then a "Thank You" page. The flow's pages carry no job id:
 *   the posting seen before names the job. The search is …/jobsearch.ftl (or moresearch.ftl). Some
 *   employers serve the same /careersection/ paths on their own domain.
 * - Taleo Business Edition: <pod>.tbe.taleo.net/<pod>/ats/careers/v2/viewRequisition?org=<ORG>&cws=<n>&rid=<id>
 *   (posting; older links …/ats/careers/requisition.jsp?…&rid=), …/v2/applyRequisition?…&rid=<id> (form),
 *   …/v2/searchResults?org=…&cws=… (the list).
 * - Confirmation: not a route of its own that any source shows; a "Thank you" page after the wizard's
 *   submit (recognised by its visible heading after a seen submit).
 * Public sources (read for facts, nothing copied):
 * - Vendor docs: docs.oracle.com/en/cloud/saas/taleo-enterprise/21b/otrdc/deep-linking-configuration.html
 *   (jobdetail/jobapply/jobsearch URL templates; job= takes the contest number or the requisition id).
 * - An unattributed public research note on Taleo and ORC (detail, search, login and flow.jsf /
 *   application.jss patterns, the page title, Apply Online ids, the flow's blocks ending in a review
 *   page and Thank You), citing rpeng220/kaleidoscope taleo.js and SeanDaBlack/ChangeisBrewing
 *   constants/elementIds.py for the et-ef-content-ftf-… ids (saveContinueCmdBottom, submitCmdBottom).
 * - Enterprise URLs and the multi-page wizard with account creation: snehitvaddi/S-n-P-500-careers-apply-skill
 *   guides/taleo.md (jobsearch.ftl, jobdetail.ftl?job=, jobapply.ftl?job=, "Review & Submit").
 * - Scrapers of career sections: thayton/neekanee job_scrapers/plugins/com/taleo/*.py,
 *   armfahim/Job-Harvester scraper/taleo/OracleCorporation.java (requisitionDescriptionInterface.* ids).
 * - Business Edition: the real list page in ../shared/realpages-more (listing-taleo-altair.html) links
 *   jobs as v2/viewRequisition?org=&cws=&rid= and shares them as requisition.jsp?…rid=; its markup uses
 *   oracletaleocwsv2-* classes. The applyRequisition address is the product's counterpart (not seen in
 *   a source; marked uncertain in /work/notes/i14b.md).
 */
export const urls: SiteUrls = {
  id: 'taleo',
  // Server-rendered pages: every job page is a page load.
  navigation: 'page-loads',
  matches: [
    'https://*.taleo.net/careersection/*/jobdetail.ftl*',
    'https://*.taleo.net/careersection/*/jobapply.ftl*',
    'https://*.taleo.net/careersection/*flow.jsf*',
    'https://*.taleo.net/careersection/*application.jss*',
    'https://*.taleo.net/*/ats/careers/v2/viewRequisition*',
    'https://*.taleo.net/*/ats/careers/v2/applyRequisition*',
    'https://*.taleo.net/*/ats/careers/requisition.jsp*',
  ],
  hosts: /(^|\.)taleo\.net$/,
  jobPage: [
    /^\/careersection\/[^/]+\/job(detail|apply)\.ftl\?(.*&)?job=[^&#]+/,
    /^\/careersection\/([^/]+\/)?(flow\.jsf|application\.jss)/,
    /\/ats\/careers\/(v2\/(viewRequisition|applyRequisition)|requisition\.jsp)\?(.*&)?rid=\d+/,
  ],
};

/** Addresses the page script must load the agent on, and must stay quiet on. */
export const examples: UrlExamples = {
  must: [
    'https://acme.taleo.net/careersection/ext/jobdetail.ftl?job=2400123&lang=en',
    'https://acme.taleo.net/careersection/2/jobapply.ftl?lang=en&job=2400123',
    'https://acme.taleo.net/careersection/2/flow.jsf?lang=en',
    'https://acme.taleo.net/careersection/application.jss?lang=en&type=1&csNo=2&portal=101430233&reqNo=123',
    'https://phh.tbe.taleo.net/phh01/ats/careers/v2/viewRequisition?org=ACME&cws=39&rid=48040',
    'https://phh.tbe.taleo.net/phh01/ats/careers/v2/applyRequisition?org=ACME&cws=39&rid=48040',
    'https://phh.tbe.taleo.net/phh01/ats/careers/requisition.jsp?org=ACME&cws=39&rid=48040',
  ],
  mustNot: [
    'https://acme.taleo.net/careersection/ext/jobsearch.ftl?lang=en',
    'https://acme.taleo.net/careersection/ext/moresearch.ftl',
    'https://acme.taleo.net/careersection/iam/accessmanagement/login.jsf?lang=en',
    'https://phh.tbe.taleo.net/phh01/ats/careers/v2/searchResults?org=ACME&cws=39',
    'https://phh.tbe.taleo.net/phh01/ats/careers/v2/jobSearch?org=ACME&cws=39',
  ],
};
