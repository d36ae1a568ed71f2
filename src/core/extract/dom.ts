/**
 * Fallbacks when a page has no structured data and no site module: Open Graph / Twitter tags, the
 * main heading, the document title's usual shapes, and fields written beside labels.
 */
import type { JobDraft } from '../types';
import { all, inSiteChrome, meta, textOf } from './dom-util';
import { inlineText } from './html-text';
import { LABELS, labelledValue } from './labelled';
import { parseTitle, titleSegments, type TitleParts } from './title-parse';
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

/**
 * Boards that write the heading as "Title at Company" (often with a badge after the company): when
 * the document or social title splits into that same title and company, the heading is both fields.
 */
function headingNamesCompany(heading: string, parsed: TitleParts): boolean {
  if (!parsed.title || !parsed.company) return false;
  const h = heading.toLowerCase();
  const title = parsed.title.toLowerCase();
  const company = parsed.company.toLowerCase();
  return h.startsWith(`${title} at ${company}`) || h.startsWith(`${title} @ ${company}`);
}

/** Title and company from headings, social tags and the document title. */
export function titleAndCompany(doc: Document, url: URL): { title: string; company: string } {
  const heading = mainHeading(doc);
  const social = meta(doc, 'og:title', 'twitter:title');
  const fromSocial = social ? parseTitle(social, url.hostname, heading) : { title: '', company: '' };
  const fromDoc = parseTitle(pageTitle(doc), url.hostname, heading);
  const split = heading ? [fromDoc, fromSocial].find((p) => headingNamesCompany(heading, p)) : undefined;
  if (split) return { title: split.title, company: split.company };
  const title = heading || fromSocial.title || fromDoc.title || firstHeading(doc, 'h2');
  const siteName = titleSegments(meta(doc, 'og:site_name', 'application-name'), url.hostname)[0] ?? '';
  const company =
    fromDoc.company || fromSocial.company || companyFromDescription(doc, title) || siteName;
  return { title, company: company.toLowerCase() === title.toLowerCase() ? '' : company };
}

/** Icon fonts and sprite sets name their pin icon ("fa-location-dot", "fa fa-map-marker", data-icon). */
const LOCATION_ICON = /(^|[\s_-])(location-dot|location-pin|map-marker(-alt)?|map-pin|location_on)(\s|$)/i;

/** The place written right after a location pin icon, in the job's header rather than site chrome. */
function besideLocationIcon(doc: Document): string {
  for (const icon of all(doc, 'i[class], svg[class], span[class], [data-icon]').slice(0, 3000)) {
    const name = `${icon.getAttribute('class') ?? ''} ${icon.getAttribute('data-icon') ?? ''}`;
    // Icons are aria-hidden by design; what matters is whether their line is shown.
    const line = icon.parentElement;
    if (!LOCATION_ICON.test(name) || !line || isHidden(line) || inSiteChrome(icon)) continue;
    const next = inlineText(textOf(icon.nextElementSibling));
    // "<span><svg …/><span>Remote</span></span>" or "<i …></i><span>Denver, CO</span>": the next
    // element; when the icon stands alone in its wrapper with the text, the wrapper's text.
    const text = next || inlineText(textOf(line));
    if (text && text.length <= 120) return text;
  }
  return '';
}

/** Location written beside a label, in a small element whose class says "location", or by a pin icon. */
export function domLocation(doc: Document): string {
  const labelled = labelledValue(doc, LABELS.location);
  if (labelled) return labelled;
  for (const el of all(doc, '[itemprop="jobLocation"], [data-testid*="location"], [class*="job-location"], [class*="job__location"], [class~="location"]').slice(0, 20)) {
    const text = inlineText(textOf(el));
    if (text && text.length <= 120 && !isHidden(el)) return text;
  }
  return besideLocationIcon(doc);
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
