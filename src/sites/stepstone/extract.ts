/** StepStone: /stellenangebote--<slug>--<id>-inline.html; fields carry data-at attributes. */
import { descriptionOf, pick } from '../../core/extract/dom-util';
import { defineSite } from '../site-reader';

export const reader = defineSite({
  id: 'stepstone',
  board: 'stepstone',
  jobId: (url) => /--(\d+)(-inline)?\.html$/.exec(url.pathname)?.[1] ?? '',
  classify(_doc, url) {
    if (this.jobId(url)) return 'posting';
    return /^\/(jobs|stellenangebote|vacatures)\//.test(url.pathname) ? 'listing' : null;
  },
  extract(doc) {
    return {
      title: pick(doc, ['[data-at="header-job-title"]', '.listing-content-provider-job-title', 'h1']),
      company: pick(doc, ['[data-at="metadata-company-name"]', '[data-at="header-company-name"]']),
      location: pick(doc, ['[data-at="metadata-location"]']),
      employmentType: pick(doc, ['[data-at="metadata-contract-type"]', '[data-at="metadata-work-type"]']),
      salary: pick(doc, ['[data-at="metadata-salary"]']),
      description: descriptionOf(doc, '[data-at="job-ad-content"], [data-genesis-element="CARD"] article'),
    };
  },
});
