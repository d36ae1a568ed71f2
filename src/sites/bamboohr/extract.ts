/** BambooHR: <company>.bamboohr.com/careers/<id> (older: /jobs/view.php?id=). */
import { defineSite} from '../site-reader';

export const reader = defineSite({
  id: 'bamboohr',
  board: 'bamboohr',
  jobId: (url) => /\/careers\/(\d+)/.exec(url.pathname)?.[1] ?? (/view\.php/.test(url.pathname) ? url.searchParams.get('id') ?? '' : ''),
  classify: (_doc, url) => (/\/careers\/\d+/.test(url.pathname) || /view\.php/.test(url.pathname) ? 'posting' : /\/careers\/?$/.test(url.pathname) ? 'listing' : null),
});
