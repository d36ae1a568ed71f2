/** Eightfold AI career sites: <company>.eightfold.ai/careers?pid=<id> or /careers/job/<id>. */
import { descriptionOf, first, meta, pick } from '../../core/extract/dom-util';
import { defineSite } from '../site-reader';

export const reader = defineSite({
  id: 'eightfold',
  board: 'eightfold',
  jobId: (url) => url.searchParams.get('pid') ?? /^\/careers\/job\/(\d+)/.exec(url.pathname)?.[1] ?? '',
  classify(doc, url) {
    if (!/^\/careers/.test(url.pathname)) return null;
    if (!this.jobId(url)) return 'listing';
    return first(doc, '.apply-form form, form[data-test-id="apply-form"], .position-apply-form') ? 'application' : 'posting';
  },
  // The search stays visible beside the open position: its cards are other jobs, not this one.
  distrustStructured: (url) => url.searchParams.has('query'),
  extract(doc) {
    return {
      title: pick(doc, ['.position-full-card .position-title', '[data-test-id="position-title"]', 'h1.position-title', 'h1']),
      location: pick(doc, ['.position-full-card .position-location', '[data-test-id="position-location"]']),
      company: meta(doc, 'og:site_name').replace(/\s+careers$/i, ''),
      description: descriptionOf(doc, '.position-job-description, [data-test-id="position-description"]'),
    };
  },
});
