/** Workday career sites: <tenant>.wd<N>.myworkdayjobs.com/…/job/<location>/<Title>_<REQ-ID>[/apply…]. */
import { first, labelToName, pick, textOf, descriptionOf } from '../../core/extract/dom-util';
import { defineSite} from '../site-reader';

/** The dd beside a Workday field label (the dt text is screen-reader-only). */
function field(doc: Document, id: string): string {
  const el = first(doc, `[data-automation-id="${id}"]`);
  return textOf(el?.querySelector('dd') ?? el);
}

export const reader = defineSite({
  id: 'workday',
  board: 'workday',
  jobId(url) {
    const segment = /\/job\/(?:[^/]+\/)*?([^/]*_[^/]+?)(?:\/|$)/.exec(url.pathname)?.[1] ?? '';
    return segment.slice(segment.lastIndexOf('_') + 1);
  },
  classify(doc, url) {
    if (/\/apply(\/|$)/.test(url.pathname)) return 'application';
    if (this.jobId(url)) return 'posting';
    return first(doc, '[data-automation-id="jobPostingHeader"]') ? 'posting' : 'listing';
  },
  // The tenant name in the host ("autodesk") is a guess: JSON-LD's hiringOrganization, present in
  // the server HTML before the app renders, names the employer properly.
  fallback: (_doc, url) => ({ company: labelToName(url.hostname.split('.')[0] ?? '') }),
  extract(doc) {
    const header = pick(doc, ['h1', '[data-automation-id="navigationContainer"]']);
    const careersAt = /careers at (.+)$/i.exec(header)?.[1] ?? '';
    return {
      title: pick(doc, ['[data-automation-id="jobPostingHeader"]']),
      company: careersAt,
      location: field(doc, 'locations'),
      employmentType: field(doc, 'time'),
      description: descriptionOf(doc, '[data-automation-id="jobPostingDescription"]'),
    };
  },
});
