/**
 * LinkedIn job views: the public guest page (/jobs/view/<slug>-<id>), the signed-in job page, and
 * search/collection views that show one selected job (?currentJobId=). Company, article and profile
 * pages on the same host are not jobs.
 */
import { all, first, pick, textOf, descriptionOf } from '../../core/extract/dom-util';
import { squash } from '../../core/text';
import { workModeFromText } from '../../core/extract/work-mode';
import { defineSite, outboundAddress, outboundLink, pathParts } from '../site-reader';

const TOP_CARD = '.job-details-jobs-unified-top-card__job-title, .top-card-layout__title, .jobs-unified-top-card__job-title';

function viewId(url: URL): string {
  return /\/jobs\/view\/(?:[^/]*?-)?(\d{5,})(?:\/|$)/.exec(url.pathname)?.[1] ?? '';
}

function selectedId(url: URL): string {
  const id = url.searchParams.get('currentJobId') ?? '';
  return /^\d{5,}$/.test(id) ? id : '';
}

/** "Leipzig, Saxony, Germany · 5 days ago · 19 people clicked apply" → the place. */
function signedInLocation(doc: Document): string {
  const first = all(doc, '.job-details-jobs-unified-top-card__tertiary-description-container .tvm__text, .job-details-jobs-unified-top-card__primary-description-container .tvm__text')
    .map(textOf)
    .find((t) => t && t !== '·');
  if (first) return first;
  const line = pick(doc, ['.job-details-jobs-unified-top-card__primary-description-container', '.jobs-unified-top-card__bullet']);
  return line.split('·')[0]?.trim() ?? '';
}

/**
 * The signed-in page's newer markup has no stable class names: its top card still writes
 * "Amsterdam, North Holland, Netherlands · 1 day ago · Over 100 people clicked apply" in one line.
 */
function placeBeforeAge(doc: Document): string {
  for (const line of all(doc, 'main p, p').slice(0, 400)) {
    const parts = textOf(line).split(' · ');
    if (parts.length >= 2 && /^(reposted )?\d+\s+\w+\s+ago$|^just now$/i.test(parts[1]!.trim()) && parts[0]!.length <= 100) return parts[0]!.trim();
  }
  return '';
}

/**
 * The guest page's document title ends with the place: "Acme hiring Engineer in Leipzig, Saxony,
 * Germany | LinkedIn", or "Engineer at Acme — Leipzig, Saxony, Germany | LinkedIn Jobs". A page whose
 * top card lost its location line still says where the job is there.
 */
function titleLocation(doc: Document): string {
  const title = squash(doc.title);
  // The last " in " or dash: job titles can hold one too ("Engineer in Training").
  const m = /^.*\s(?:in|[—–])\s+([^|—–]{2,100}?)\s*\|\s*LinkedIn(?: Jobs)?\s*$/i.exec(title);
  return m?.[1]?.trim() ?? '';
}

function criteria(doc: Document, label: RegExp): string {
  for (const item of all(doc, '.description__job-criteria-item')) {
    const head = textOf(item.querySelector('h3, .description__job-criteria-subheader'));
    if (label.test(head)) return textOf(item.querySelector('span, .description__job-criteria-text'));
  }
  return '';
}

const OWN_HOST = /(^|\.)linkedin\.com$/;
const OFFSITE_APPLY = 'a[data-is-offsite-apply="true"], a.apply-button[href*="externalApply"]';

/**
 * The signed-in page has no link: its "Apply" opens the employer's address from the page's data
 * (`"companyApplyUrl"` in the data block of the job's own id, so another job's in a list is not
 * taken). The guest page links through /jobs/view/externalApply/…?url=<the employer's address>.
 */
function companyApplyUrl(doc: Document, id: string): string {
  if (!id) return '';
  for (const code of Array.from(doc.querySelectorAll('code')).slice(0, 60)) {
    const text = code.textContent ?? '';
    const at = text.indexOf(`jobPosting:${id}"`);
    if (at < 0) continue;
    const found = /"companyApplyUrl":"(https?:[^"\\]{1,2000})"/.exec(text.slice(at));
    if (found?.[1]) return outboundAddress(found[1]);
  }
  return '';
}

export const reader = defineSite({
  id: 'linkedin',
  board: 'linkedin',
  jobId: (url) => viewId(url) || selectedId(url),
  selectedJobUrl: (url) => (selectedId(url) && !viewId(url) ? `https://www.linkedin.com/jobs/view/${selectedId(url)}/` : ''),
  // Search and collection views carry JSON-LD (when any) for the list, not the selected job.
  distrustStructured: (url) => !viewId(url),
  classify(doc, url) {
    const [section] = pathParts(url);
    if (section !== 'jobs' && section !== 'comm') return 'other';
    if (viewId(url)) return 'posting';
    if (selectedId(url) && first(doc, TOP_CARD)) return 'posting';
    return 'listing';
  },
  fallback: (doc) => ({ location: titleLocation(doc) }),
  applyUrl: (doc, url) => outboundLink(doc, url, OFFSITE_APPLY, OWN_HOST) || companyApplyUrl(doc, viewId(url) || selectedId(url)),
  extract(doc) {
    const buttons = all(doc, '.job-details-fit-level-preferences button, .job-details-preferences-and-skills__pill').map(textOf);
    return {
      title: pick(doc, [TOP_CARD, '.topcard__title']),
      company: pick(doc, ['.job-details-jobs-unified-top-card__company-name', '.topcard__org-name-link', '.topcard__flavor a', '.jobs-unified-top-card__company-name']),
      location: pick(doc, ['.topcard__flavor--bullet']) || signedInLocation(doc) || placeBeforeAge(doc),
      employmentType: criteria(doc, /employment type/i) || (buttons.find((b) => /time|contract|intern|temporary/i.test(b)) ?? ''),
      workMode: workModeFromText(...buttons),
      description: descriptionOf(doc, '.show-more-less-html__markup, .jobs-description__content, #job-details'),
    };
  },
});
