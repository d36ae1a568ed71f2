/** Dover: app.dover.com/apply/<company>/<uuid>, posting and form on one page. */
import { descriptionOf, first, pick } from '../../core/extract/dom-util';
import { UUID, defineSite, pathParts } from '../site-reader';

export const reader = defineSite({
  id: 'dover',
  board: 'dover',
  jobId(url) {
    const [root, , id] = pathParts(url);
    if (root === 'apply') return (UUID.exec(id ?? '')?.[0] ?? '').toLowerCase();
    return root === 'companies' && pathParts(url)[2] === 'jobs' ? (pathParts(url)[3] ?? '').toLowerCase() : '';
  },
  classify(doc, url) {
    if (this.jobId(url)) return first(doc, 'input[type="file"], input[name="email"]') ? 'application' : 'posting';
    return pathParts(url)[0] === 'companies' ? 'listing' : null;
  },
  extract(doc) {
    return {
      title: pick(doc, ['[data-testid="job-title"]', 'h1']),
      company: pick(doc, ['[data-testid="company-name"]']),
      location: pick(doc, ['[data-testid="job-location"]']),
      description: descriptionOf(doc, '[data-testid="job-description"], .job-description'),
    };
  },
  fallback(_doc, url) {
    const slug = pathParts(url)[1] ?? '';
    return { company: slug.replace(/[-_.]+/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase()) };
  },
});
