/** Workable: apply.workable.com/<company>/j/<SHORTCODE>[/apply][?success]. */
import { descriptionOf, first, pick } from '../../core/extract/dom-util';
import { workModeFromText } from '../../core/extract/work-mode';
import { defineSite, pathParts } from '../site-reader';

export const reader = defineSite({
  id: 'workable',
  board: 'workable',
  jobId: (url) => (/\/j\/([0-9A-F]{6,})(?:\/|$)/i.exec(url.pathname)?.[1] ?? '').toUpperCase(),
  classify(doc, url) {
    if (!this.jobId(url)) return pathParts(url).length <= 1 ? 'listing' : null;
    return /\/apply\/?$/.test(url.pathname) || first(doc, 'form[data-ui="application-form"]') ? 'application' : 'posting';
  },
  extract(doc) {
    return {
      title: pick(doc, ['[data-ui="job-title"]', 'h1']),
      company: first(doc, '[data-ui="header-logo"] img, [data-ui="company-logo"] img')?.getAttribute('alt')?.trim() ?? '',
      location: pick(doc, ['[data-ui="job-location"]']),
      employmentType: pick(doc, ['[data-ui="job-type"]']),
      workMode: workModeFromText(pick(doc, ['[data-ui="job-workplace"]'])),
      description: descriptionOf(doc, '[data-ui="job-description"], [data-ui="job-requirements"], [data-ui="job-benefits"]'),
    };
  },
});
