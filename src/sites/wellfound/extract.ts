/** Wellfound (formerly AngelList Talent): /jobs/<id>-<slug>. */
import { defineSite} from '../site-reader';

export const reader = defineSite({
  id: 'wellfound',
  board: 'wellfound',
  jobId: (url) => /\/jobs\/(\d+)(?:-|\/|$)/.exec(url.pathname)?.[1] ?? '',
  classify: (_doc, url) => (/\/jobs\/\d+/.test(url.pathname) ? 'posting' : null),
});
