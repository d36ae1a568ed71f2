/**
 * UKG Pro Recruiting: recruiting(2).ultipro.com/<TENANT>/JobBoard/<guid>/OpportunityDetail?opportunityId=<guid>.
 * The job lives in an inline script (the page's visible text is Knockout bindings before it runs), so
 * the reader takes the object literal handed to CandidateOpportunityDetail and parses it as JSON: data,
 * never code.
 */
import type { JobDraft } from '../../core/types';
import { all, pick, textOf } from '../../core/extract/dom-util';
import { defineSite } from '../site-reader';

const CALL = 'CandidateOpportunityDetail(';
/** Enough for any job's fields and description; a bigger literal is not read. */
const MAX_LITERAL = 400_000;

/** The balanced {…} starting at `start` (strings and escapes respected), or "". */
function objectAt(source: string, start: number): string {
  let depth = 0;
  let inString = false;
  const end = Math.min(source.length, start + MAX_LITERAL);
  for (let i = start; i < end; i++) {
    const ch = source[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) return source.slice(start, i + 1);
  }
  return '';
}

interface Opportunity {
  Title?: unknown;
  FullTime?: unknown;
  Locations?: Array<{ LocalizedName?: unknown; Address?: { City?: unknown; State?: { Code?: unknown } | null } | null }>;
}

function opportunity(doc: Document): Opportunity | null {
  for (const script of all(doc, 'script:not([src])').slice(0, 60)) {
    const source = script.textContent ?? '';
    const at = source.indexOf(CALL);
    if (at < 0) continue;
    const literal = objectAt(source, source.indexOf('{', at));
    try {
      const parsed: unknown = JSON.parse(literal);
      if (parsed && typeof parsed === 'object') return parsed as Opportunity;
    } catch {
      // Not JSON after all: say nothing rather than guess.
    }
  }
  return null;
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/** "© 2025 Acme Robotics, Inc. All rights reserved." → "Acme Robotics". */
function footerCompany(doc: Document): string {
  const raw = textOf(all(doc, '[data-automation="footer-text"], #PageFooter .copyright a')[0]);
  return raw
    .replace(/^(©|\(c\)|copyright)\s*(\d{4}\s*)?/i, '')
    .replace(/\.?\s*all rights reserved\.?$/i, '')
    .replace(/,?\s+(inc|llc|ltd|corp|corporation|co)\.?$/i, '')
    .trim();
}

export const reader = defineSite({
  id: 'ukgpro',
  board: 'ukgpro',
  jobId: (url) => (/\/Opportunity(Detail|Apply)$/i.test(url.pathname) ? url.searchParams.get('opportunityId') ?? '' : ''),
  classify(_doc, url) {
    if (!/\/JobBoard\//i.test(url.pathname)) return null;
    if (this.jobId(url)) return /OpportunityApply$/i.test(url.pathname) ? 'application' : 'posting';
    return /\/JobBoard\/[0-9a-f-]{36}\/?$/i.test(url.pathname) ? 'listing' : null;
  },
  extract(doc) {
    const job = opportunity(doc);
    const place = job?.Locations?.[0];
    const draft: Partial<JobDraft> = {
      title: text(job?.Title) || pick(doc, ['.opportunity-title', 'h1[data-automation="opportunity-title"]']),
      location: text(place?.LocalizedName),
      company: footerCompany(doc),
    };
    if (job?.FullTime === true) draft.employmentType = 'Full time';
    else if (job?.FullTime === false) draft.employmentType = 'Part time';
    return draft;
  },
});
