/**
 * Detection and extraction over a standard DOM Document (a live page, or happy-dom/linkedom in Node).
 * Fields come from the site's own markup first, then schema.org structured data, then general DOM
 * fallbacks; a posting, application or confirmation always yields a draft with a URL and a title.
 */
import type { JobDraft, PageKind, WorkMode } from '../types';
import { classifyPage, parseUrl, type ClassifyOptions } from './classify';
import { all, blockText, meta } from './dom-util';
import { copyrightCompany } from './copyright';
import { domJob, pageTitle } from './dom';
import { companyAsSaid, hostBrands } from './company';
import { inlineScriptJob } from './inline-job';
import { normalizeDraft } from './normalize';
import { companyFromProse } from './prose';
import type { StructuredJob } from './schema';
import { boardKeyAt, siteFor } from '../../sites/find';
import { structuredJobs } from './structured';
import { workModeFromText } from './work-mode';

export { classifyPage, isHidden, type ClassifyOptions, type ComputedStyleFn } from './classify';

export interface Detection {
  page: PageKind;
  job: JobDraft | null;
}

type TextField = 'title' | 'company' | 'location' | 'salary' | 'employmentType' | 'description';
const TEXT_FIELDS: TextField[] = ['title', 'company', 'location', 'salary', 'employmentType', 'description'];

/** The first non-empty value of each field, in priority order. */
function merge(sources: Array<Partial<JobDraft>>): Record<TextField, string> & { workMode: WorkMode | null } {
  const out = { title: '', company: '', location: '', salary: '', employmentType: '', description: '', workMode: null as WorkMode | null };
  for (const field of TEXT_FIELDS) {
    out[field] = sources.map((s) => (typeof s[field] === 'string' ? (s[field] as string).trim() : '')).find(Boolean) ?? '';
  }
  out.workMode = sources.map((s) => s.workMode).find((m) => m) ?? null;
  return out;
}

const DESCRIPTION = ['[itemprop="description"]', '[class*="job-description"]', '[class*="job_description"]', '[class*="jobDescription"]', '[class*="posting-description"]', 'main', 'article', '[role="main"]'];

/** The first description-like block with some substance, else the social description, else the body. */
function domDescription(doc: Document): string {
  for (const selector of DESCRIPTION) {
    for (const el of all(doc, selector).slice(0, 5)) {
      // A block holding a form is the application, not the description.
      if (el.querySelectorAll('input, textarea, select').length > 2) continue;
      const text = blockText(el);
      if (text.length >= 200) return text;
    }
  }
  return meta(doc, 'og:description', 'description', 'twitter:description') || (doc.body ? blockText(doc.body) : '');
}

/** Extract a draft from any page (the manual "Save this job" path): never throws, never empty. */
export function extractJob(doc: Document, url: string): JobDraft {
  try {
    return readJob(doc, url);
  } catch {
    // A page that breaks every reader still gets saved with what the browser itself knows.
    return normalizeDraft({
      title: pageTitle(doc) || parseUrl(url)?.hostname || 'Untitled page',
      company: '', location: '', salary: '', employmentType: '', workMode: null,
      board: 'web', jobId: '', url, description: '',
    });
  }
}

function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

function readJob(doc: Document, url: string): JobDraft {
  const u = parseUrl(url);
  const site = siteFor(u, doc);
  const fromSite: Partial<JobDraft> = safely(() => (u && site?.extract?.(doc, u)) || {}, {});
  const distrust = !!(u && site?.distrustStructured?.(u));
  const structured: StructuredJob = safely(() => (distrust ? undefined : structuredJobs(doc)[0]) ?? {}, {});
  const inline: Partial<JobDraft> = safely(() => (structured.title ? {} : inlineScriptJob(doc)) ?? {}, {});
  const fromDom: Partial<JobDraft> = safely(() => (u ? domJob(doc, u) : {}), {});
  const lastResort: Partial<JobDraft> = safely(() => (u && site?.fallback?.(doc, u)) || {}, {});
  const fields = merge([fromSite, structured, inline, fromDom, lastResort]);
  const title = fields.title || pageTitle(doc) || u?.hostname || 'Untitled page';
  const description = fields.description || safely(() => domDescription(doc), '');
  const company = fields.company || companyFromProse(description.replace(/^description:\s*/i, '')) || safely(() => copyrightCompany(doc, u), '');
  // The page's own brand signals: what the site calls itself, and the career host's name.
  const brands = [meta(doc, 'og:site_name'), ...(u ? hostBrands(u.hostname) : [])];
  return normalizeDraft({
    ...fields,
    company: companyAsSaid(company, brands),
    title,
    workMode: fields.workMode ?? workModeFromText(fields.location, title),
    description,
    ...boardKeyAt(site, u),
    url: (u && site?.selectedJobUrl?.(u)) || url,
  });
}

/** Classify the page and, for postings, applications and confirmations, extract the job. */
export function detectPage(doc: Document, url: string, options: ClassifyOptions = {}): Detection {
  const page = classifyPage(doc, url, options);
  if (page === 'listing' || page === 'other') return { page, job: null };
  return { page, job: extractJob(doc, url) };
}
