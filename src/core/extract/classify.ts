/**
 * What kind of page is this: one job posting, an application form for a job, the confirmation shown
 * after applying, a list of jobs, or anything else. Site modules answer for their own URLs; structured
 * data decides next; then general page signals. Confirmation needs a strong, visible signal.
 */
import { CONFIRMATION_ROUTE } from './confirmation-route';
import type { PageKind } from '../types';
import { hasVisibleSuccessContainer, hasVisibleSuccessHeading } from './confirmation';
import {
  hasApplicationForm, hasApplyControl, isArticlePage, jobLinkCount, jobSectionCount, labelledFieldCount, locationLabelCount,
  looksLikeArticle,
} from './signals';
import { siteFor } from '../../sites/find';
import type { Site } from '../../sites/site-reader';
import { distinctJobCount, structuredJobs } from './structured';
import { hasStandaloneApplicationForm } from './application-form';
import { inlineScriptJob } from './inline-job';
import type { ComputedStyleFn } from './visibility';

export { isHidden, type ComputedStyleFn } from './visibility';

export interface ClassifyOptions {
  /** In a browser, pass window.getComputedStyle so CSS-hidden success messages are ignored too. */
  getComputedStyle?: ComputedStyleFn;
}

export function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function isConfirmation(doc: Document, url: URL | null, site: Site | null, getStyle?: ComputedStyleFn): boolean {
  if (url && site?.isConfirmationUrl?.(url)) return true;
  if (isArticlePage(doc, url)) return false;
  if (hasVisibleSuccessContainer(doc, getStyle)) return true;
  // Success words alone are weak (employers write their own); accept them on a known ATS or a
  // confirmation-shaped route only.
  const route = url ? `${url.pathname}${url.search}` : '';
  return (site !== null || CONFIRMATION_ROUTE.test(route)) && hasVisibleSuccessHeading(doc, getStyle);
}

const JOB_PATH = /\/(jobs?|careers?|positions?|vacanc(y|ies)|openings?|job-listing|stellen)\/[^/]+/i;

/** Pages no site module or structured data speaks for. */
function generalKind(doc: Document, url: URL | null): PageKind {
  const sections = Math.min(jobSectionCount(doc), 3);
  const fields = labelledFieldCount(doc);
  const form = hasApplicationForm(doc);
  const links = jobLinkCount(doc, url);
  const score =
    sections + fields + (hasApplyControl(doc) ? 1 : 0) + (form ? 1 : 0) + (url && JOB_PATH.test(url.pathname) ? 1 : 0) -
    (looksLikeArticle(doc) ? 3 : 0);
  // A posting says what the job is (sections or labelled fields), not only "apply here".
  if (score >= 3 && sections + fields >= 2) {
    // Many job links plus fields that repeat per card, or too little about any one job: a list.
    if (links >= 8 && (sections + fields < 3 || locationLabelCount(doc) >= 3)) return 'listing';
    return form ? 'application' : 'posting';
  }
  return links >= 5 ? 'listing' : 'other';
}

/** Classify a page. Never throws: an unreadable page is 'other'. */
export function classifyPage(doc: Document, url: string, options: ClassifyOptions = {}): PageKind {
  try {
    const u = parseUrl(url);
    const site = siteFor(u, doc);
    if (isConfirmation(doc, u, site, options.getComputedStyle)) return 'confirmation';
    const hint = u && site?.classify ? site.classify(doc, u) : null;
    if (hint) return hint;
    const jobs = u && site?.distrustStructured?.(u) ? [] : structuredJobs(doc);
    if (jobs.length) {
      if (distinctJobCount(jobs) > 1) return 'listing';
      return hasApplicationForm(doc) ? 'application' : 'posting';
    }
    // Job data only an inline script carries (UKG Pro renders it in the browser).
    if (inlineScriptJob(doc)) return hasApplicationForm(doc) ? 'application' : 'posting';
    const kind = generalKind(doc, u);
    // An application form alone (a standalone /apply page: no posting text around it) is one too.
    return kind === 'other' && hasStandaloneApplicationForm(doc) ? 'application' : kind;
  } catch {
    return 'other';
  }
}
