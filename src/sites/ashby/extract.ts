/** Ashby hosted job boards: jobs.ashbyhq.com/<org>/<uuid>[/application]. */
import { descriptionOf, first, pick } from '../../core/extract/dom-util';
import { LABELS, labelledValue } from '../../core/extract/labelled';
import { workModeFromText } from '../../core/extract/work-mode';
import { UUID, defineSite, pathParts } from '../site-reader';
import { urls } from './urls';

export const reader = defineSite({
  id: 'ashby',
  board: 'ashby',
  offHost: (url) => /^[0-9a-f-]{36}$/i.test(url.searchParams.get('ashby_jid') ?? ''),
  jobId: (url) => (UUID.exec(url.pathname)?.[0] ?? url.searchParams.get('ashby_jid') ?? '').toLowerCase(),
  classify(doc, url) {
    if (!urls.hosts.test(url.hostname)) return null;
    if (pathParts(url).length <= 1) return 'listing';
    if (!this.jobId(url)) return null;
    const form = first(doc, '.ashby-application-form-container, [class*="application-form-container"]');
    return /\/application\/?$/.test(url.pathname) || form ? 'application' : 'posting';
  },
  extract(doc) {
    const locationType = labelledValue(doc, /^location type$/i);
    return {
      title: pick(doc, ['h1.ashby-job-posting-heading', '.ashby-job-posting-heading', 'h1']),
      location: labelledValue(doc, LABELS.location),
      employmentType: labelledValue(doc, LABELS.employmentType),
      salary: pick(doc, ['[class*="compensationTierSummary"]', '.ashby-job-posting-compensation']) || labelledValue(doc, LABELS.salary),
      description: descriptionOf(doc, '.ashby-job-posting-left-pane ~ * [class*="descriptionText"], [class*="_descriptionText_"], #overview'),
      workMode: workModeFromText(locationType),
    };
  },
});
