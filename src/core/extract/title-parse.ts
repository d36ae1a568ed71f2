/**
 * Split a page title into job title and company. Titles come as "Title at Company",
 * "Title - Company | Board", "Company - Title", "Job Application for X at Y" (Greenhouse),
 * "Title @ Company | Board"; the board's own name is dropped, and when the page's main heading is
 * known it decides which segment is the job title.
 */
import { squash } from '../text';
import { compact, hostBrands } from './company';
import { inlineText } from './html-text';

/** Names of boards and generic site words that are never the employer. */
const BOARD_WORDS =
  /^(linkedin|indeed(\.com)?|glassdoor|seek( australia| nz)?|jobright(\.ai| ai)?|wellfound|angellist|monster|ziprecruiter|dice|greenhouse|lever|ashby|workable|workday|smartrecruiters|icims|jobvite|bamboohr|teamtailor|recruitee|breezy( hr)?|personio|careers?|jobs?|job board|job details|job application|application|apply|home)$/i;

const SEPARATOR = /\s+[|–—·•:]\s+|\s+-\s+|\s+::\s+/;

export interface TitleParts {
  title: string;
  company: string;
}

function norm(text: string): string {
  return squash(text).toLowerCase();
}

function clean(raw: string): string {
  return inlineText(raw).replace(/^\(\d+\+?\)\s*/, ''); // "(20) …" unread-notification counts
}

/** Segments without board names or the site's own brand (host label). */
export function titleSegments(raw: string, host = ''): string[] {
  const brand = host.replace(/^www\./, '').split('.').slice(-2, -1)[0] ?? '';
  return clean(raw)
    .split(SEPARATOR)
    .map((s) => s.trim())
    .filter((s) => s && !BOARD_WORDS.test(s) && (!brand || s.toLowerCase().replace(/[^a-z0-9]/g, '') !== brand));
}

function atSplit(text: string): TitleParts | null {
  const m = /^(?:job application for |apply for )?(.+?)\s+(?:at|@)\s+(.+)$/i.exec(text);
  return m ? { title: m[1]!.trim(), company: m[2]!.trim() } : null;
}

/** "in Phoenix, Arizona" is where the job is; "Careers at Acme" / "Jobs at Acme" name the employer. */
function companySegment(segments: string[]): string {
  for (const segment of segments) {
    if (/^in\s/i.test(segment)) continue;
    return /^(?:careers|jobs|work|working)\s+(?:at|@)\s+(.+)$/i.exec(segment)?.[1]?.trim() ?? segment;
  }
  return '';
}

/** "Sonar" is the known "sonarsource"; "RUAG" is "ruag". Short names must match whole. */
function isKnown(segment: string, known: string[]): boolean {
  const s = compact(segment);
  if (s.length < 2 || BOARD_WORDS.test(segment)) return false;
  return known.some((k) => k === s || (s.length >= 4 && k.startsWith(s)) || (k.length >= 4 && s.startsWith(k) && s.length - k.length <= 3));
}

/**
 * A known company at either end of the title decides the split: "Sonar - Full Stack Engineer -
 * Remediation Agent" is Sonar's "Full Stack Engineer - Remediation Agent", not the job "Sonar". The
 * rest keeps its own separators; board words at its ends go ("Application | RUAG" names no job).
 */
function knownCompanySplit(full: string, known: string[]): TitleParts | null {
  // A real title is short; a hostile one is not worth splitting this way.
  if (!known.length || full.length > 300) return null;
  const parts = full.split(new RegExp(`(${SEPARATOR.source})`));
  const segments = parts.filter((_, i) => i % 2 === 0);
  if (segments.length < 2) return null;
  const at = isKnown(segments[0]!, known) ? 0 : isKnown(segments[segments.length - 1]!, known) ? parts.length - 1 : -1;
  if (at < 0) return null;
  const rest = at === 0 ? parts.slice(2) : parts.slice(0, -2);
  while (rest.length && (BOARD_WORDS.test(rest[0]!.trim()) || !rest[0]!.trim())) rest.splice(0, 2);
  while (rest.length && (BOARD_WORDS.test(rest[rest.length - 1]!.trim()) || !rest[rest.length - 1]!.trim())) rest.splice(-2, 2);
  return { title: rest.join('').trim(), company: parts[at]!.trim() };
}

/**
 * Title and company from a page title; `heading` (the page's h1) breaks "A - B" ambiguity, and a
 * `known` company (the career host's brand, an ATS's company slug) decides which end is the employer.
 */
export function parseTitle(raw: string, host = '', heading = '', known: string[] = []): TitleParts {
  const full = clean(raw);
  const greenhouse = /^job application for (.+) at (.+)$/i.exec(full);
  if (greenhouse) return { title: greenhouse[1]!.trim(), company: greenhouse[2]!.trim() };
  const byKnown = knownCompanySplit(full, [...known.map(compact), ...hostBrands(host).map(compact)].filter(Boolean));
  if (byKnown) return byKnown;
  // A heading that itself holds a separator ("Engineer - Nuclear") would be split apart below: take
  // it whole and read the company from what follows it.
  const head = inlineText(heading);
  if (head && SEPARATOR.test(head) && full.toLowerCase().startsWith(head.toLowerCase())) {
    const rest = full.slice(head.length);
    return { title: head, company: companySegment(titleSegments(rest.replace(/^\s*[|–—·•:-]?\s*/, ''), host)) };
  }
  const segments = titleSegments(full, host);
  if (!segments.length) return { title: '', company: '' };
  const h = norm(heading);
  if (h) {
    const i = segments.findIndex((s) => norm(s) === h);
    if (i >= 0) {
      const rest = segments.filter((_, j) => j !== i);
      return { title: segments[i]!, company: rest[0] ?? '' };
    }
  }
  const at = atSplit(segments[0]!);
  if (at) return at;
  return { title: segments[0]!, company: segments[1] ?? '' };
}
