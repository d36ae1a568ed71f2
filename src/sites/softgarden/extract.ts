/** softgarden: <company>.softgarden.io/job/<id>[/<slug>] and /applyonline/<id>; <company>.career.softgarden.de/jobs/<id>. */
import { descriptionOf, meta, pick } from '../../core/extract/dom-util';
import { defineSite } from '../site-reader';

export const reader = defineSite({
  id: 'softgarden',
  board: 'softgarden',
  jobId: (url) => /^(?:\/[a-z]{2})?\/(?:job|jobs|applyonline)\/(\d+)/.exec(url.pathname)?.[1] ?? '',
  classify(_doc, url) {
    if (!this.jobId(url)) return /^(\/[a-z]{2})?\/?$|\/(vacancies|jobs|job\/list)\/?$/.test(url.pathname) ? 'listing' : null;
    return /\/applyonline\/|\/apply\/?$/.test(url.pathname) ? 'application' : 'posting';
  },
  extract(doc) {
    return {
      title: pick(doc, ['.job-title', '.jobad-title', 'h1']),
      location: pick(doc, ['.job-location', '.jobad-location', '[itemprop="jobLocation"]']),
      company: meta(doc, 'og:site_name').replace(/^(jobs|karriere|careers?)\s+(bei|at)\s+/i, ''),
      description: descriptionOf(doc, '.job-description, .jobad-content'),
    };
  },
});
