/** Welcome to the Jungle: /<lang>/companies/<company>/jobs/<slug>; the slug is unique per company. */
import { descriptionOf, pick } from '../../core/extract/dom-util';
import { defineSite, pathParts } from '../site-reader';

export const reader = defineSite({
  id: 'welcometothejungle',
  board: 'welcometothejungle',
  jobId(url) {
    const [, companies, company, jobs, slug] = pathParts(url);
    return companies === 'companies' && jobs === 'jobs' && slug ? `${company}/${slug}`.toLowerCase() : '';
  },
  classify(_doc, url) {
    if (this.jobId(url)) return 'posting';
    const parts = pathParts(url);
    if (parts[1] === 'articles') return 'other';
    return parts[1] === 'companies' || parts[1] === 'jobs' ? 'listing' : null;
  },
  extract(doc) {
    return {
      title: pick(doc, ['[data-testid="job-section-title"] h2', '[data-testid="job-header-title"]', 'main h2', 'h1']),
      company: pick(doc, ['[data-testid="job-header-organization-name"]', '[data-testid="job-header"] a[href*="/companies/"] span']),
      location: pick(doc, ['[data-testid="job-header-location"]']),
      employmentType: pick(doc, ['[data-testid="job-header-contract"]']),
      description: descriptionOf(doc, '[data-testid="job-section-description"], main'),
    };
  },
});
