/**
 * Job data that a page carries only in an inline script, as an object literal handed to its own
 * code: UKG Pro writes `new US.Opportunity.CandidateOpportunityDetail({"Title":…,"Locations":[…]})`
 * and renders it in the browser, so the saved page has no JSON-LD and no visible text. The object is
 * read as JSON (never run); it counts as one job only when it has a title and at least two other
 * keys that only a job has, and when the page holds exactly one such object (a list holds many).
 */
import type { JobDraft } from '../types';
import { all } from './dom-util';
import { htmlToText } from './html-text';

const MAX_SCRIPT = 400_000;
const MAX_OBJECT = 300_000;
const TITLE_KEYS = ['Title', 'title', 'JobTitle', 'jobTitle'];
const JOB_KEYS = /^(job)?(locations?|description|requisition(number|id)|category(name)?|posteddate|dateposted|employmenttype|fulltime|applyurl)$/i;
/** Where an object literal starts: an argument or an assignment. */
const OBJECT_START = /[(=:,]\s*\{\s*"/g;

/** The end of the JSON object starting at `start`, honouring strings; -1 when it does not close in time. */
function objectEnd(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  const limit = Math.min(text.length, start + MAX_OBJECT);
  for (let i = start; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123) depth++;
    else if (c === 125 && --depth === 0) return i + 1;
  }
  return -1;
}

type Obj = Record<string, unknown>;

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

function placeOf(location: unknown): string {
  if (typeof location === 'string') return location;
  if (!location || typeof location !== 'object') return '';
  const l = location as Obj;
  const named = str(l.LocalizedName) || str(l.DisplayName) || str(l.name) || str(l.Name);
  if (named) return named;
  const a = (l.Address ?? l.address ?? l) as Obj;
  const country = a.Country && typeof a.Country === 'object' ? str((a.Country as Obj).Name) : str(a.Country) || str(a.country);
  return [str(a.City) || str(a.city), str(a.State) || str(a.state), country].filter(Boolean).join(', ');
}

function jobFrom(o: Obj): Partial<JobDraft> | null {
  const titleKey = TITLE_KEYS.find((k) => typeof o[k] === 'string' && str(o[k]));
  if (!titleKey || Object.keys(o).filter((k) => JOB_KEYS.test(k)).length < 2) return null;
  const locations = o.Locations ?? o.locations ?? o.Location ?? o.location ?? o.jobLocation;
  const places = (Array.isArray(locations) ? locations : [locations]).slice(0, 5).map(placeOf).filter(Boolean);
  const description = str(o.Description) || str(o.description) || str(o.JobDescription) || str(o.jobDescription);
  const fullTime = o.FullTime === true ? 'Full-time' : o.FullTime === false ? 'Part-time' : '';
  return {
    title: str(o[titleKey]),
    company: str(o.CompanyName) || str(o.companyName) || str(o.Company),
    location: places.join('; '),
    employmentType: str(o.EmploymentType) || str(o.employmentType) || fullTime,
    description: description ? htmlToText(description) : '',
  };
}

/** The one job an inline script describes, or null (none, or several: a list). */
export function inlineScriptJob(doc: Document): Partial<JobDraft> | null {
  const found: Array<Partial<JobDraft>> = [];
  for (const script of all(doc, 'script:not([src])').slice(0, 40)) {
    const type = (script.getAttribute('type') ?? '').toLowerCase();
    if (type && !/javascript|ecmascript|module/.test(type)) continue;
    const text = (script.textContent ?? '').slice(0, MAX_SCRIPT);
    if (!TITLE_KEYS.some((k) => text.includes(`"${k}"`))) continue;
    OBJECT_START.lastIndex = 0;
    for (let m = OBJECT_START.exec(text), tries = 0; m && tries < 20; m = OBJECT_START.exec(text), tries++) {
      const start = text.indexOf('{', m.index);
      const end = objectEnd(text, start);
      if (end < 0) continue;
      try {
        const job = jobFrom(JSON.parse(text.slice(start, end)) as Obj);
        if (job) found.push(job);
      } catch {
        // Not JSON (a function body, a template): not job data.
      }
      OBJECT_START.lastIndex = end;
    }
  }
  return found.length === 1 ? found[0]! : null;
}
