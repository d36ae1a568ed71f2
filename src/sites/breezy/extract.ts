/** Breezy HR: <company>.breezy.hr/p/<id>-<slug>[/apply]. */
import { all, labelToName, pick, textOf } from '../../core/extract/dom-util';
import { defineSite} from '../site-reader';

export const reader = defineSite({
  id: 'breezy',
  board: 'breezy',
  jobId: (url) => /\/p\/([0-9a-f]{6,})(?:-|\/|$)/i.exec(url.pathname)?.[1]?.toLowerCase() ?? '',
  classify(doc, url) {
    if (!this.jobId(url)) return 'listing';
    return /\/apply\/?$/.test(url.pathname) || all(doc, 'form input[type="file"]').length ? 'application' : 'posting';
  },
  extract(doc, url) {
    const meta = all(doc, '.hero .meta li, ul.meta li').map(textOf);
    return {
      title: pick(doc, ['.hero h1', '.position-title h1', 'h1']),
      company: labelToName(url.hostname.split('.')[0] ?? ''),
      location: pick(doc, ['.hero li.location', 'li.location']),
      employmentType: pick(doc, ['.hero li.type', 'li.type']),
      salary: meta.find((t) => /[$€£]\s?\d|\d\s?(k|000)\b.*\/\s*(year|hour|month)/i.test(t)) ?? '',
    };
  },
});
