/** Gem: jobs.gem.com/<board>/<id>, posting and form on one page, the form without a <form>. */
import { descriptionOf, first, pick } from '../../core/extract/dom-util';
import { defineSite, pathParts } from '../site-reader';

const JOB_ID = /^[A-Za-z0-9_-]{16,}$/;

export const reader = defineSite({
  id: 'gem',
  board: 'gem',
  jobId(url) {
    const id = pathParts(url)[1] ?? '';
    return JOB_ID.test(id) ? id : '';
  },
  classify(doc, url) {
    if (!this.jobId(url)) return pathParts(url).length === 1 ? 'listing' : null;
    // The form is drawn below the description once the app has loaded: a résumé upload means it is there.
    return first(doc, 'input[type="file"]') ? 'application' : 'posting';
  },
  extract(doc) {
    return {
      // The page's title is the job title alone.
      title: doc.title.trim() || pick(doc, ['h1']),
      description: descriptionOf(doc, '[class*="jobDescription"], [class*="description"]'),
    };
  },
  // The company is named only in the address: the board's slug, a guess of last resort.
  fallback(_doc, url) {
    const board = pathParts(url)[0] ?? '';
    return { company: board.replace(/-/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase()) };
  },
});
