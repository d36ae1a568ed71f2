/** Oracle Recruiting Cloud: …/hcmUI/CandidateExperience/<lang>/sites/<site>/job/<id>[/apply/…]. */
import { descriptionOf, meta, pick } from '../../core/extract/dom-util';
import { defineSite } from '../site-reader';

const APP = /^\/hcmUI\/CandidateExperience\//i;

export const reader = defineSite({
  id: 'oracle',
  board: 'oracle',
    // The same app on an employer's own domain keeps its path (the page is read, never given a board key).
  offHost: (url) => APP.test(url.pathname),
  jobId: (url) => (APP.test(url.pathname) ? (/\/(?:job|opportunity|requisitions\/preview)\/([^/?#]+)/.exec(url.pathname)?.[1] ?? '') : ''),
  classify(_doc, url) {
    // The same hosts serve the whole Fusion suite (finance, HR self-service): only the career app is ours.
    if (!APP.test(url.pathname)) return 'other';
    if (/\/apply(\/|$)/.test(url.pathname)) return 'application';
    if (this.jobId(url)) return 'posting';
    return /\/(requisitions|jobs)\/?$/.test(url.pathname) ? 'listing' : null;
  },
  extract(doc) {
    // The apply steps keep the job's title in their header; the site is named "<Company> Careers".
    const careers = /^(?:.*\s[-|–]\s)?(.+?)\s+Careers$/i.exec(doc.title.trim())?.[1] ?? '';
    return {
      title: pick(doc, ['.job-details__title', '.apply-flow-header__title', 'h1']) || meta(doc, 'og:title'),
      location: pick(doc, ['.job-details__subtitle', '.job-meta__location', '[data-qa="job-location"]']),
      company: careers,
      description: descriptionOf(doc, '.job-details__description-content'),
    };
  },
});
