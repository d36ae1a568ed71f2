/** JOIN: join.com/companies/<company>/<id>-<slug>[/apply]. */
import { descriptionOf, pick } from '../../core/extract/dom-util';
import { defineSite, pathParts } from '../site-reader';

export const reader = defineSite({
  id: 'join',
  board: 'join',
  jobId: (url) => /^\/companies\/[^/]+\/(\d+)-/.exec(url.pathname)?.[1] ?? '',
  classify(_doc, url) {
    if (this.jobId(url)) return /\/apply\/?$/.test(url.pathname) ? 'application' : 'posting';
    const parts = pathParts(url);
    return parts[0] === 'companies' && parts.length <= 2 ? 'listing' : null;
  },
  extract(doc) {
    return {
      title: pick(doc, ['[data-testid="JobTitle"]', 'h1']),
      company: pick(doc, ['[data-testid="CompanyName"]']),
      location: pick(doc, ['[data-testid="JobLocation"]']),
      employmentType: pick(doc, ['[data-testid="EmploymentType"]']),
      description: descriptionOf(doc, '[data-testid="JobDescription"], main'),
    };
  },
});
