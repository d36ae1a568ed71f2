/**
 * Fallbacks when a page has no structured data and no site module: Open Graph / Twitter tags, the
 * main heading, the document title's usual shapes, and fields written beside labels.
 */
import type { JobDraft } from '../types';
import { all, meta, textOf } from './dom-util';
import { inlineText } from './html-text';
import { LABELS, labelledValue } from './labelled';
import { parseTitle, titleSegments } from './title-parse';
import { isHidden } from './visibility';
import { workModeFromText } from './work-mode';

/** Headings that are site chrome, not the page's subject. */
const CHROME = /(^|\s)(site-title|site-description|logo|brand|navbar|screen-reader-text)(\s|$)/;

/** The page's main heading: the first visible, non-chrome h1 of sensible length. */
export function mainHeading(doc: Document): string {
  for (const el of all(doc, 'h1').slice(0, 20)) {
    if (CHROME.test(el.getAttribute('class') ?? '') || el.closest('header nav, nav') || isHidden(el)) continue;
    const text = inlineText(textOf(el));
    if (text.length >= 2 && text.length <= 200) return text;
  }
  return '';
}

export function pageTitle(doc: Document): string {
  return inlineText(doc.title || textOf(doc.querySelector('title')));
}

/** Company named in a meta description such as "Apply for Senior Legal Counsel at Oneflow". */
function companyFromDescription(doc: Document, title: string): string {
  const description = meta(doc, 'og:description', 'description', 'twitter:description');
  const m = /^(?:apply (?:for|to) |join )?(.{2,150}?) at ([^.!|]{2,80})[.!]?$/i.exec(description);
  if (m && (!title || m[1]!.toLowerCase() === title.toLowerCase())) return m[2]!.trim();
  return '';
}

function firstHeading(doc: Document, tag: string): string {
  const el = all(doc, tag).find((h) => !isHidden(h) && !CHROME.test(h.getAttribute('class') ?? ''));
  return inlineText(textOf(el));
}

/** Title and company from headings, social tags and the document title. */
export function titleAndCompany(doc: Document, url: URL): { title: string; company: string } {
  const heading = mainHeading(doc);
  const social = meta(doc, 'og:title', 'twitter:title');
  const fromSocial = social ? parseTitle(social, url.hostname, heading) : { title: '', company: '' };
  const fromDoc = parseTitle(pageTitle(doc), url.hostname, heading);
  const title = heading || fromSocial.title || fromDoc.title || firstHeading(doc, 'h2');
  const siteName = titleSegments(meta(doc, 'og:site_name', 'application-name'), url.hostname)[0] ?? '';
  const company =
    fromDoc.company || fromSocial.company || companyFromDescription(doc, title) || siteName;
  return { title, company: company.toLowerCase() === title.toLowerCase() ? '' : company };
}

/** Location written beside a label, or in a small element whose class says "location". */
export function domLocation(doc: Document): string {
  const labelled = labelledValue(doc, LABELS.location);
  if (labelled) return labelled;
  for (const el of all(doc, '[itemprop="jobLocation"], [data-testid*="location"], [class*="job-location"], [class*="job__location"], [class~="location"]').slice(0, 20)) {
    const text = inlineText(textOf(el));
    if (text && text.length <= 120 && !isHidden(el)) return text;
  }
  return '';
}

/** Everything the DOM alone says about the job. */
export function domJob(doc: Document, url: URL): Partial<JobDraft> {
  const { title, company } = titleAndCompany(doc, url);
  const location = domLocation(doc);
  const employmentType = labelledValue(doc, LABELS.employmentType);
  const salary = labelledValue(doc, LABELS.salary);
  return {
    title,
    company: company || labelledValue(doc, LABELS.company),
    location,
    employmentType,
    salary,
    workMode: workModeFromText(location, employmentType),
  };
}
