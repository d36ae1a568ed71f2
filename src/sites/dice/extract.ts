/** Dice: /job-detail/<uuid>, its Easy Apply wizard at /job-applications/<uuid>/wizard. */
import { descriptionOf, pick } from '../../core/extract/dom-util';
import { UUID, defineSite, outboundLink } from '../site-reader';

/**
 * "Apply Now" on a job the employer takes applications for on its own site: a link out of Dice in the
 * apply button's component (Easy Apply stays on Dice, at /job-applications/…, and offers nothing).
 */
const APPLY_LINK = 'apply-button-wc a[href], a[data-testid="apply-button"], a[data-cy="apply-button"]';
const OWN_HOST = /(^|\.)dice\.com$/;

export const reader = defineSite({
  id: 'dice',
  board: 'dice',
  // The posting and its wizard carry the same id, so the application lands on the posting's record.
  jobId: (url) => (/^\/(job-detail|job-applications)\//.test(url.pathname) ? (UUID.exec(url.pathname)?.[0] ?? '').toLowerCase() : ''),
  distrustStructured: (url) => !/^\/job-detail\//.test(url.pathname),
  applyUrl: (doc, url) => (/^\/job-detail\//.test(url.pathname) ? outboundLink(doc, url, APPLY_LINK, OWN_HOST) : ''),
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
