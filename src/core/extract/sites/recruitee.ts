/** Recruitee: <company>.recruitee.com/o/<slug>[/c/new]. */
import { defineSite, onHost } from './site';

export const recruitee = defineSite({
  id: 'recruitee',
  board: 'recruitee',
  matches: (url) => onHost(url, 'recruitee.com'),
  jobId: (url) => /\/o\/([^/?#]+)/.exec(url.pathname)?.[1]?.toLowerCase() ?? '',
  classify: (_doc, url) => (/\/o\/[^/]+\/c\/new/.test(url.pathname) ? 'application' : /\/o\/[^/]+/.test(url.pathname) ? 'posting' : null),
});
