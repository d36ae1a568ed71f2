/**
 * Teamtailor career sites: <company>.teamtailor.com or the company's own domain (recognised by
 * /jobs/<id>-<slug> plus Teamtailor's asset host). The form is /applications/new.
 */
import { all, first, meta, pick, textOf } from '../../core/extract/dom-util';
import { defineSite } from '../site-reader';

const JOB_PATH = /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?jobs\/(\d+)-[^/]*/i;

function isTeamtailor(doc?: Document): boolean {
  return !!doc && !!first(doc, 'link[href*="teamtailor-cdn.com"], img[src*="teamtailor-cdn.com"], script[src*="teamtailor-cdn.com"], a[href*="teamtailor.com"]');
}

/** "Business Enablement · Stockholm (HQ)" above the heading: department first, places after. */
function coverLocation(doc: Document): string {
  const heading = first(doc, 'h1.font-company-header, h1');
  const line = heading?.previousElementSibling;
  const parts = line ? all(line, 'span').map(textOf).filter((t) => t && t !== '·') : [];
  return parts.length > 1 ? parts.slice(1).join(', ') : '';
}

export const reader = defineSite({
  id: 'teamtailor',
  board: 'teamtailor',
  offHost: (url, doc) => JOB_PATH.test(url.pathname) && isTeamtailor(doc),
  jobId: (url) => JOB_PATH.exec(url.pathname)?.[1] ?? '',
  classify(_doc, url) {
    if (!this.jobId(url)) return /^\/jobs\/?$/.test(url.pathname) ? 'listing' : null;
    return /\/applications\/new\/?$/.test(url.pathname) ? 'application' : 'posting';
  },
  extract(doc) {
    return {
      title: pick(doc, ['h1.font-company-header', 'h1']),
      company: meta(doc, 'og:site_name'),
      location: coverLocation(doc),
    };
  },
});
