/** BambooHR: <company>.bamboohr.com/careers/<id> (older: /jobs/view.php?id=). */
import { defineSite, onHost } from './site';

export const bamboohr = defineSite({
  id: 'bamboohr',
  board: 'bamboohr',
  matches: (url) => onHost(url, 'bamboohr.com'),
  jobId: (url) => /\/careers\/(\d+)/.exec(url.pathname)?.[1] ?? (/view\.php/.test(url.pathname) ? url.searchParams.get('id') ?? '' : ''),
  classify: (_doc, url) => (/\/careers\/\d+/.test(url.pathname) || /view\.php/.test(url.pathname) ? 'posting' : /\/careers\/?$/.test(url.pathname) ? 'listing' : null),
});
