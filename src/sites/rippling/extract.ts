/** Rippling ATS: ats.rippling.com/<board>/jobs/<uuid>[/apply]. */
import { descriptionOf, pick } from '../../core/extract/dom-util';
import { UUID, defineSite, pathParts } from '../site-reader';

export const reader = defineSite({
  id: 'rippling',
  board: 'rippling',
  jobId: (url) => (/\/jobs\//.test(url.pathname) ? (UUID.exec(url.pathname)?.[0] ?? '').toLowerCase() : ''),
  classify(_doc, url) {
    if (this.jobId(url)) return /\/apply\/?$/.test(url.pathname) ? 'application' : 'posting';
    const parts = pathParts(url);
    return parts.length <= 3 && (parts.at(-1) === 'jobs' || parts.length === 1) ? 'listing' : null;
  },
  extract(doc) {
    return {
      title: pick(doc, ['[data-testid="job-title"]', 'main h1', 'h1']),
      location: pick(doc, ['[data-testid="job-location"]', '[data-icon="LOCATION_OUTLINE"] + *']),
      description: descriptionOf(doc, '[data-testid="job-description"], main'),
    };
  },
  // The board's name is its first path part ("acme-robotics"): a guess the page's own data beats.
  fallback(_doc, url) {
    const board = pathParts(url).find((part) => !/^[a-z]{2}-[A-Z]{2}$/.test(part)) ?? '';
    return { company: board.replace(/-(careers|jobs|inc)$/i, '').replace(/-/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase()) };
  },
});
