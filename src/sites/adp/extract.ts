/** ADP: Workforce Now's recruitment.html?…&jobId=<id>, and MyJobs' /<site>/cx/job-details?reqId=<id>. */
import { descriptionOf, first, pick } from '../../core/extract/dom-util';
import { defineSite } from '../site-reader';

const WFN = /\/mdf\/recruitment\/recruitment\.html$/i;

export const reader = defineSite({
  id: 'adp',
  board: 'adp',
  jobId: (url) => (WFN.test(url.pathname) ? url.searchParams.get('jobId') ?? '' : /\/cx\//.test(url.pathname) ? url.searchParams.get('reqId') ?? '' : ''),
  classify(doc, url) {
    if (!WFN.test(url.pathname) && !/\/cx\//.test(url.pathname)) return null;
    if (!this.jobId(url)) return 'listing';
    // Workforce Now keeps the job's address while the application form is open over it.
    if (/\/cx\/apply$/.test(url.pathname) || first(doc, 'form:not([hidden]) input[type="file"], form:not([hidden]) input[type="email"]')) return 'application';
    return 'posting';
  },
  extract(doc) {
    return {
      title: pick(doc, ['#job-title-header', '.job-description-title', '[data-testid="job-title"]', 'h1']),
      location: pick(doc, ['.job-description-location', '[data-testid="job-location"]']),
      // The career center's header names the employer ("Careers at <Company>" or its logo).
      company: pick(doc, ['.company-name', '[data-testid="company-name"]']).replace(/^careers at\s+/i, ''),
      description: descriptionOf(doc, '.job-description-data, [data-testid="job-description"]'),
    };
  },
});
