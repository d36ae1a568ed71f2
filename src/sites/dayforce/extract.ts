/** Dayforce: jobs.dayforcehcm.com/<locale>/<client>/<site>/jobs/<id>[/apply], and the older CandidatePortal. */
import { descriptionOf, pick } from '../../core/extract/dom-util';
import { defineSite, pathParts } from '../site-reader';

export const reader = defineSite({
  id: 'dayforce',
  board: 'dayforce',
  jobId(url) {
    const parts = pathParts(url);
    const id = /\/(?:jobs|Posting\/(?:View|Apply))\/(\d+)/i.exec(url.pathname)?.[1] ?? '';
    // Posting numbers count up per client: the client's name (the segment after the locale) keeps them apart.
    const client = parts[0]?.toLowerCase() === 'candidateportal' ? parts[2] : parts[1];
    return id && client ? `${client.toLowerCase()}-${id}` : '';
  },
  classify(_doc, url) {
    if (!this.jobId(url)) return /\/(jobs|CandidatePortal\/[^/]+\/[^/]+)\/?$/i.test(url.pathname) ? 'listing' : null;
    return /\/apply\b/i.test(url.pathname) ? 'application' : 'posting';
  },
  extract(doc) {
    return {
      title: pick(doc, ['[data-testid="job-posting-title"]', '.job-posting-title', '.posting-title', 'h1']),
      location: pick(doc, ['[data-testid="job-posting-location"]', '.job-posting-location', '.posting-subtitle .location']),
      company: pick(doc, ['[data-testid="company-name"]', '.company-name']),
      description: descriptionOf(doc, '[data-testid="job-posting-description"], .job-posting-content, .posting-content'),
    };
  },
});
