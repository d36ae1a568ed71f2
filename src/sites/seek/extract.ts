/** SEEK (Australia / New Zealand): /job/<id>; fields carry data-automation attributes. */
import { descriptionOf, first, pick } from '../../core/extract/dom-util';
import { workModeFromText } from '../../core/extract/work-mode';
import { defineSite} from '../site-reader';

export const reader = defineSite({
  id: 'seek',
  board: 'seek',
  jobId: (url) => /\/job\/(\d+)/.exec(url.pathname)?.[1] ?? url.searchParams.get('jobId') ?? '',
  selectedJobUrl: (url) => (!/\/job\/\d+/.test(url.pathname) && /^\d+$/.test(url.searchParams.get('jobId') ?? '') ? `https://${url.hostname}/job/${url.searchParams.get('jobId')}` : ''),
  distrustStructured: () => true,
  classify(doc, url) {
    if (/\/job\/\d+\/apply/.test(url.pathname)) return 'application';
    if (/\/job\/\d+/.test(url.pathname)) return 'posting';
    return first(doc, '[data-automation="job-detail-title"]') && url.searchParams.get('jobId') ? 'posting' : null;
  },
  extract(doc) {
    const location = pick(doc, ['[data-automation="job-detail-location"]']);
    return {
      title: pick(doc, ['[data-automation="job-detail-title"]', 'h1']),
      company: pick(doc, ['[data-automation="advertiser-name"]']),
      location,
      employmentType: pick(doc, ['[data-automation="job-detail-work-type"]']),
      salary: pick(doc, ['[data-automation="job-detail-salary"]']),
      workMode: workModeFromText(location, pick(doc, ['[data-automation="job-detail-workplace-type"]'])),
      description: descriptionOf(doc, '[data-automation="jobAdDetails"]'),
    };
  },
});
