/** Personio: <company>.jobs.personio.de|com/job/<id>[/apply]. */
import { defineSite, onHost } from './site';

export const personio = defineSite({
  id: 'personio',
  board: 'personio',
  matches: (url) => onHost(url, 'jobs.personio.de', 'jobs.personio.com'),
  jobId: (url) => /\/job\/(\d+)/.exec(url.pathname)?.[1] ?? '',
  classify: (_doc, url) => (/\/job\/\d+\/apply/.test(url.pathname) ? 'application' : /\/job\/\d+/.test(url.pathname) ? 'posting' : null),
});
