/**
 * Split a page title into job title and company. Titles come as "Title at Company",
 * "Title - Company | Board", "Company - Title", "Job Application for X at Y" (Greenhouse),
 * "Title @ Company | Board"; the board's own name is dropped, and when the page's main heading is
 * known it decides which segment is the job title.
 */
import { squash } from '../text';
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

/** Title and company from a page title; `heading` (the page's h1) breaks "A - B" ambiguity. */
export function parseTitle(raw: string, host = '', heading = ''): TitleParts {
  const full = clean(raw);
  const greenhouse = /^job application for (.+) at (.+)$/i.exec(full);
  if (greenhouse) return { title: greenhouse[1]!.trim(), company: greenhouse[2]!.trim() };
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
