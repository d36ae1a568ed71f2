/** Personio: <company>.jobs.personio.de|com/job/<id>[/apply]. */
import { defineSite} from '../site-reader';

export const reader = defineSite({
  id: 'personio',
  board: 'personio',
  jobId: (url) => /\/job\/(\d+)/.exec(url.pathname)?.[1] ?? '',
  classify: (_doc, url) => (/\/job\/\d+\/apply/.test(url.pathname) ? 'application' : /\/job\/\d+/.test(url.pathname) ? 'posting' : null),
});
