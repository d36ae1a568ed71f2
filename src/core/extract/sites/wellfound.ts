/** Wellfound (formerly AngelList Talent): /jobs/<id>-<slug>. */
import { defineSite, onHost } from './site';

export const wellfound = defineSite({
  id: 'wellfound',
  board: 'wellfound',
  matches: (url) => onHost(url, 'wellfound.com', 'angel.co'),
  jobId: (url) => /\/jobs\/(\d+)(?:-|\/|$)/.exec(url.pathname)?.[1] ?? '',
  classify: (_doc, url) => (/\/jobs\/\d+/.test(url.pathname) ? 'posting' : null),
});
