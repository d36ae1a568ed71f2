/** Oracle Taleo: Enterprise career sections (jobdetail.ftl / jobapply.ftl) and Business Edition (v2). */
import { descriptionOf, first, meta, pick } from '../../core/extract/dom-util';
import { defineSite } from '../site-reader';

const ENTERPRISE = /\/careersection\/[^/]+\/([a-z]+)\.ftl$/;
/** The application flow's pages (after sign-in): no job id in their address. */
const FLOW = /\/careersection\/([^/]+\/)?(flow\.jsf|application\.jss)$/;
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
  // The same career sections on an employer's own domain keep their paths.
  offHost: (url) => /\/careersection\/[^/]+\/job(detail|apply)\.ftl$/.test(url.pathname) || FLOW.test(url.pathname),
  classify(_doc, url) {
    if (FLOW.test(url.pathname)) return 'application';
    const name = pageName(url);
    if (!name) return null;
    if (/search|results|list/.test(name)) return 'listing';
    if (!this.jobId(url)) return null;
    return /apply/.test(name) ? 'application' : 'posting';
  },
  extract(doc) {
    return {
      title:
        pick(doc, ['[id^="requisitionDescriptionInterface.reqTitleLinkAction"]', '.titlepage', '.oracletaleocwsv2-head-title', 'h1']) ||
        meta(doc, 'title') ||
        // "Job Description - <Title> (<id>)"
        (/^Job Description - (.+?)(?: \([^)]*\))?$/.exec(doc.title.trim())?.[1] ?? ''),
      // Enterprise numbers its location field per tenant (requisitionDescriptionInterface.ID<n>.row1): only Business Edition's is known.
      location: pick(doc, ['.oracletaleocwsv2-head-info .location']),
      description: descriptionOf(doc, '.requisitionDescription, .oracletaleocwsv2-accordion-content, [id^="requisitionDescriptionInterface.descRequisition"]'),
      // Business Edition says "Company: <name>" in each job's share text; Enterprise names the employer
      // only in its own header and logo, which the general readers look at.
      company: /Company:\s*([^%\n]+?)\s*(?:%0D|%0A|\n|$)/i.exec(first(doc, 'a[href^="mailto:"][href*="Company:"]')?.getAttribute('href') ?? '')?.[1] ?? '',
    };
  },
});
