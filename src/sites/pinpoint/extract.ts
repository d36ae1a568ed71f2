/** Pinpoint: <company>.pinpointhq.com/[<locale>/]postings/<uuid>[/applications/new]. */
import { descriptionOf, meta, pick } from '../../core/extract/dom-util';
import { defineSite, UUID } from '../site-reader';

export const reader = defineSite({
  id: 'pinpoint',
  board: 'pinpoint',
  jobId: (url) => (/\/postings\//.test(url.pathname) ? UUID.exec(url.pathname)?.[0] ?? '' : ''),
  classify(_doc, url) {
    if (!this.jobId(url)) return /\/(postings|jobs)\/?$/.test(url.pathname) || url.pathname === '/' ? 'listing' : null;
    return /\/applications(\/|$)/.test(url.pathname) ? 'application' : 'posting';
  },
  extract(doc) {
    return {
      title: pick(doc, ['.job-posting__title', '[data-testid="posting-title"]', 'h1']),
      location: pick(doc, ['.job-posting__location', '[data-testid="posting-location"]']),
      company: meta(doc, 'og:site_name').replace(/\s+careers?$/i, ''),
      description: descriptionOf(doc, '.job-posting__description, [data-testid="posting-description"]'),
    };
  },
});
