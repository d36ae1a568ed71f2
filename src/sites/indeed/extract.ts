/** Indeed: /viewjob?jk=, search views with a selected job (?vjk=), and the smartapply flow. */
import { descriptionOf, first, pick } from '../../core/extract/dom-util';
import { defineSite, outboundLink } from '../site-reader';

const JOB_PANE = '#jobDescriptionText, [data-testid="jobsearch-JobInfoHeader-title"], .jobsearch-JobInfoHeader-title';

function key(url: URL): string {
  const id = url.searchParams.get('jk') ?? url.searchParams.get('vjk') ?? '';
  return /^[0-9a-f]{16}$/i.test(id) ? id.toLowerCase() : '';
}

const OWN_HOST = /(^|\.)indeed\.(com|[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})$/;
/** "Apply on company site": a link (or a button carrying href) in the apply container. */
const COMPANY_APPLY = '#applyButtonLinkContainer [href], [data-testid="company-apply-button"] [href], a[aria-label^="Apply on company site"], button[aria-label^="Apply on company site"][href]';

export const reader = defineSite({
  id: 'indeed',
  board: 'indeed',
  jobId: key,
  selectedJobUrl: (url) => (key(url) && !/\/viewjob/.test(url.pathname) ? `https://www.indeed.com/viewjob?jk=${key(url)}` : ''),
  distrustStructured: (url) => !/\/viewjob/.test(url.pathname),
  applyUrl: (doc, url) => outboundLink(doc, url, COMPANY_APPLY, OWN_HOST),
  classify(doc, url) {
    if (/^smartapply\./.test(url.hostname)) return 'application';
    if (/\/viewjob/.test(url.pathname) || /\/rc\/clk/.test(url.pathname)) return 'posting';
    // A search page is a posting only when the selected job's pane is actually in the page.
    if (key(url) && first(doc, JOB_PANE)) return 'posting';
    if (/^\/(jobs|q-|m\/jobs)/.test(url.pathname)) return 'listing';
    return /^\/(cmp|career-advice|career|salaries)/.test(url.pathname) ? 'other' : null;
  },
  extract(doc) {
    return {
      title: pick(doc, ['[data-testid="jobsearch-JobInfoHeader-title"]', '.jobsearch-JobInfoHeader-title', 'h1']).replace(/\s*-\s*job post$/i, ''),
      company: pick(doc, ['[data-testid="inlineHeader-companyName"]', '[data-company-name="true"]', '.jobsearch-CompanyInfoContainer a']),
      location: pick(doc, ['[data-testid="inlineHeader-companyLocation"]', '[data-testid="job-location"]', '[data-testid="jobsearch-JobInfoHeader-companyLocation"]']),
      description: descriptionOf(doc, '#jobDescriptionText'),
    };
  },
});
