/** Reed: /jobs/<slug>/<id>; the apply dialog opens over the posting. */
import { descriptionOf, pick } from '../../core/extract/dom-util';
import { defineSite } from '../site-reader';

export const reader = defineSite({
  id: 'reed',
  board: 'reed',
  jobId: (url) => /^\/jobs\/[^/]+\/(\d+)/.exec(url.pathname)?.[1] ?? '',
  distrustStructured: (url) => !/^\/jobs\/[^/]+\/\d+/.test(url.pathname),
  classify(_doc, url) {
    if (this.jobId(url)) return 'posting';
    if (/^\/career-advice\//.test(url.pathname)) return 'other';
    return /^\/jobs(\/|$)/.test(url.pathname) ? 'listing' : null;
  },
  extract(doc) {
    return {
      title: pick(doc, ['[data-qa="job-title"]', 'header h1', 'h1']),
      company: pick(doc, ['[data-qa="job-posted-by"] a', '[itemprop="hiringOrganization"] [itemprop="name"]']),
      location: pick(doc, ['[data-qa="job-location"]', '[itemprop="addressLocality"]']),
      salary: pick(doc, ['[data-qa="job-salary"]', '[data-qa="salary"]']),
      employmentType: pick(doc, ['[data-qa="job-type"]']),
      description: descriptionOf(doc, '[data-qa="job-description"], [itemprop="description"]'),
    };
  },
});
