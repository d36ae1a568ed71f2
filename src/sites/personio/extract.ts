/** Personio: <company>.jobs.personio.de|com/job/<id>[/apply]. */
import { first, pick } from '../../core/extract/dom-util';
import { defineSite } from '../site-reader';

export const reader = defineSite({
  id: 'personio',
  board: 'personio',
  jobId: (url) => /\/job\/(\d+)/.exec(url.pathname)?.[1] ?? '',
  // The job header above the form: "Zürich (Birmensdorferstrasse), Remote"; the logo names the employer.
  extract: (doc) => ({
    location: pick(doc, ['[class*="jobMetaItemLocation"]', '[class*="locationText"]']),
    company: first(doc, 'header a.logo-wrapper[aria-label], header [class*="logo"] a[aria-label]')?.getAttribute('aria-label')?.trim() ?? '',
  }),
  classify: (_doc, url) => (/\/job\/\d+\/apply/.test(url.pathname) ? 'application' : /\/job\/\d+/.test(url.pathname) ? 'posting' : null),
});
