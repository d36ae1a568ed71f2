/**
 * Dedupe keys. The same job saved twice must update one application, never add a second: it is the
 * same job when its canonical URL matches (tracking parameters removed), or when the board and the
 * board's own job id match (a posting page and its application page share the id, not the URL).
 */

/** Query parameters that only say how someone arrived, never which job it is. */
const TRACKING_PARAMS = new Set([
  'gclid', 'fbclid', 'msclkid', 'dclid', 'yclid', 'igshid', 'mc_cid', 'mc_eid', '_hsenc', '_hsmi',
  'ref', 'refid', 'referer', 'referrer', 'source', 'src', 'trk', 'trkinfo', 'trackingid', 'tracking_id',
  'gh_src', 'lever-source', 'lever-origin', 'lever-via', 'ashby_source', 'sid', 'campaign', 'from',
  'origin', 'feature', 'ebp', 'lipi', 'refid', 'eid', 'alid', 'tk', 'advn', 'adid', 'vjs', 'ccuid',
]);

function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith('utm_') || lower.startsWith('pk_') || TRACKING_PARAMS.has(lower);
}

/**
 * The URL reduced to what identifies the page: https, lower-case host without "www.", no fragment,
 * no tracking parameters, remaining parameters sorted, no trailing slash. Returns "" for anything
 * that is not an http(s) URL, so a bad URL never matches another bad URL.
 */
export function canonicalUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return '';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return '';
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const kept = [...url.searchParams.entries()]
    .filter(([name]) => !isTrackingParam(name))
    .sort(([a, av], [b, bv]) => (a === b ? av.localeCompare(bv) : a.localeCompare(b)));
  const query = new URLSearchParams(kept).toString();
  const path = url.pathname.replace(/\/+$/, '') || '/';
  const port = url.port ? `:${url.port}` : '';
  return `https://${host}${port}${path === '/' ? '' : path}${query ? `?${query}` : ''}`;
}

/** "board:jobId" when both are known, else "" (no key: never matches anything). */
export function jobKey(board: string, jobId: string): string {
  const b = board.trim().toLowerCase();
  const id = jobId.trim().toLowerCase();
  return b && id ? `${b}:${id}` : '';
}
