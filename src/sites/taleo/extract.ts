/** Oracle Taleo: Enterprise career sections (jobdetail.ftl / jobapply.ftl) and Business Edition (v2). */
import { descriptionOf, pick } from '../../core/extract/dom-util';
import { defineSite } from '../site-reader';

const ENTERPRISE = /\/careersection\/[^/]+\/([a-z]+)\.ftl$/;
const BUSINESS = /\/ats\/careers\/(?:v2\/)?([A-Za-z]+)(?:\.jsp)?$/;

/** The page's own name: "jobdetail", "jobapply", "jobsearch" (Enterprise) or "viewRequisition" … (Business Edition). */
function pageName(url: URL): string {
  return (ENTERPRISE.exec(url.pathname) ?? BUSINESS.exec(url.pathname))?.[1]?.toLowerCase() ?? '';
}

export const reader = defineSite({
  id: 'taleo',
  board: 'taleo',
  jobId(url) {
    if (ENTERPRISE.test(url.pathname)) return url.searchParams.get('job') ?? '';
    const rid = url.searchParams.get('rid') ?? '';
    // Business Edition requisition numbers count up per pod, not per employer: the org keeps them apart.
    return /^\d+$/.test(rid) && BUSINESS.test(url.pathname) ? `${url.searchParams.get('org') ?? ''}-${rid}`.replace(/^-/, '') : '';
  },
  classify(_doc, url) {
    const name = pageName(url);
    if (!name) return null;
    if (/search|results|list/.test(name)) return 'listing';
    if (!this.jobId(url)) return null;
    return /apply/.test(name) ? 'application' : 'posting';
  },
  extract(doc) {
    return {
      title: pick(doc, ['.titlepage', '[id^="requisitionDescriptionInterface.reqTitleLinkAction"]', '.oracletaleocwsv2-head-title', 'h1']),
      // Enterprise numbers its location field per tenant (requisitionDescriptionInterface.ID<n>.row1): only Business Edition's is known.
      location: pick(doc, ['.oracletaleocwsv2-head-info .location']),
      description: descriptionOf(doc, '.requisitionDescription, .oracletaleocwsv2-accordion-content, [id^="requisitionDescriptionInterface.descRequisition"]'),
      // Career sections end their page title with the employer: "Job Description - <Title> (<id>) | <Company>".
      company: /\|\s*([^|]+)$/.exec(doc.title)?.[1]?.trim() ?? '',
    };
  },
});
