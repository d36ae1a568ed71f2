/** Dice: /job-detail/<uuid>, its Easy Apply wizard at /job-applications/<uuid>/wizard. */
import { descriptionOf, pick } from '../../core/extract/dom-util';
import { UUID, defineSite } from '../site-reader';

export const reader = defineSite({
  id: 'dice',
  board: 'dice',
  // The posting and its wizard carry the same id, so the application lands on the posting's record.
  jobId: (url) => (/^\/(job-detail|job-applications)\//.test(url.pathname) ? (UUID.exec(url.pathname)?.[0] ?? '').toLowerCase() : ''),
  distrustStructured: (url) => !/^\/job-detail\//.test(url.pathname),
  classify(_doc, url) {
    if (/^\/job-applications\//.test(url.pathname) && this.jobId(url)) return 'application';
    if (/^\/job-detail\//.test(url.pathname) && this.jobId(url)) return 'posting';
    if (/^\/career-advice\//.test(url.pathname)) return 'other';
    return /^\/jobs\/?$/.test(url.pathname) ? 'listing' : null;
  },
  extract(doc) {
    return {
      title: pick(doc, ['[data-cy="jobTitle"]', 'h1[data-testid="job-title"]', '[data-testid="job-title"]', 'h1']),
      company: pick(doc, ['[data-cy="companyNameLink"]', '[data-testid="company-name"]', 'a[href*="/company-profile/"]']),
      location: pick(doc, ['[data-cy="location"]', '[data-testid="job-location"]']),
      employmentType: pick(doc, ['[data-cy="employmentDetails"]', '[data-testid="employment-type"]']),
      salary: pick(doc, ['[data-cy="payDetails"]', '[data-testid="pay"]']),
      description: descriptionOf(doc, '[data-testid="jobDescriptionHtml"], #jobDescription'),
    };
  },
});
