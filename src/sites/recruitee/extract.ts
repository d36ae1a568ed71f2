/** Recruitee: <company>.recruitee.com/o/<slug>[/c/new]. */
import { defineSite} from '../site-reader';

export const reader = defineSite({
  id: 'recruitee',
  board: 'recruitee',
  jobId: (url) => /\/o\/([^/?#]+)/.exec(url.pathname)?.[1]?.toLowerCase() ?? '',
  classify: (_doc, url) => (/\/o\/[^/]+\/c\/new/.test(url.pathname) ? 'application' : /\/o\/[^/]+/.test(url.pathname) ? 'posting' : null),
});
