/** iCIMS: <tenant>.icims.com/jobs/<id>/<slug>/job (often inside an iframe on the employer's site). */
import { defineSite, onHost } from './site';

export const icims = defineSite({
  id: 'icims',
  board: 'icims',
  matches: (url) => onHost(url, 'icims.com'),
  jobId: (url) => /\/jobs\/(\d+)/.exec(url.pathname)?.[1] ?? '',
  classify: (_doc, url) => (/\/jobs\/\d+\/.*\/(candidate|login|form)/.test(url.pathname) ? 'application' : /\/jobs\/\d+/.test(url.pathname) ? 'posting' : null),
});
