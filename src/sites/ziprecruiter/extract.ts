/** ZipRecruiter: /c/<company>/Job/<slug>?jid=, /jobs/<company>/<slug>, and a search with ?lk=. */
import { descriptionOf, first, pick } from '../../core/extract/dom-util';
import { defineSite, pathParts } from '../site-reader';

function key(url: URL): string {
  const jid = url.searchParams.get('jid') ?? '';
  if (/^[A-Za-z0-9_-]{6,}$/.test(jid)) return jid;
  const parts = pathParts(url);
  if (parts[0] === 'jobs' && parts.length >= 3) return /-([0-9a-f]{8,})$/i.exec(parts[2]!)?.[1]?.toLowerCase() ?? parts[2]!.toLowerCase();
  const lk = url.searchParams.get('lk') ?? '';
  return /^[A-Za-z0-9_-]{6,}$/.test(lk) ? lk : '';
}

export const reader = defineSite({
  id: 'ziprecruiter',
  board: 'ziprecruiter',
  jobId: key,
  // The search carries every result's data; only the selected job's pane describes the one shown.
  distrustStructured: (url) => /^\/jobs-search/.test(url.pathname),
  classify(doc, url) {
    if (/^\/jobs-search/.test(url.pathname)) return key(url) && first(doc, '[data-testid="job-details-scroll-container"], .job_details') ? 'posting' : 'listing';
    if (/^\/(Salaries|career)\//.test(url.pathname)) return 'other';
    return key(url) || /^\/c\/[^/]+\/Job\//.test(url.pathname) ? 'posting' : null;
  },
  extract(doc) {
    return {
      title: pick(doc, ['[data-testid="job-details-scroll-container"] h1', '.job_title', 'h1']),
      company: pick(doc, ['[data-testid="job-details-scroll-container"] a[href*="/co/"]', '.hiring_company', 'a.hiring_company_text']),
      location: pick(doc, ['[data-testid="job-details-scroll-container"] [data-testid="location"]', '.hiring_location', '.location']),
      description: descriptionOf(doc, '[data-testid="job-details-scroll-container"] .job_description, .job_description, .jobDescriptionSection'),
    };
  },
});
