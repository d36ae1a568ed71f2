/** Naukri: /job-listings-<slug>-<id>; search pages (/<what>-jobs-in-<where>) are lists. */
import { descriptionOf, pick } from '../../core/extract/dom-util';
import { defineSite } from '../site-reader';

export const reader = defineSite({
  id: 'naukri',
  board: 'naukri',
  jobId: (url) => /^\/job-listings-.*-(\d{6,})$/.exec(url.pathname)?.[1] ?? '',
  // A search page carries many jobs' data; only a posting's own address describes one job.
  distrustStructured: (url) => !/^\/job-listings-/.test(url.pathname),
  classify(_doc, url) {
    if (this.jobId(url)) return 'posting';
    return /-jobs(-in-[^/]+)?\/?$/.test(url.pathname) || /^\/jobs-in-/.test(url.pathname) ? 'listing' : null;
  },
  extract(doc) {
    return {
      title: pick(doc, ['h1[class*="jd-header-title"]', '.jd-header-title', 'h1']),
      company: pick(doc, ['[class*="jd-header-comp-name"] > a', '[class*="jd-header-comp-name"]']).replace(/\s*\d(\.\d)?\s*\d*\s*Reviews?$/i, ''),
      location: pick(doc, ['[class*="jhc__location"] a', '[class*="jhc__location"]', '.location']),
      salary: pick(doc, ['[class*="jhc__salary"]', '.salary']),
      description: descriptionOf(doc, '[class*="job-desc-container"], [class*="dang-inner-html"]'),
    };
  },
});
