/** SmartRecruiters: jobs.smartrecruiters.com/<Company>/<numeric id>-<slug>; the form is the oneclick-ui app. */
import { defineSite, onHost } from './site';

export const smartrecruiters = defineSite({
  id: 'smartrecruiters',
  board: 'smartrecruiters',
  matches: (url) => onHost(url, 'smartrecruiters.com'),
  jobId: (url) => /\/(\d{6,})(?:-|\/|$)/.exec(url.pathname)?.[1] ?? /\/publication\/([0-9a-f-]{36})/i.exec(url.pathname)?.[1] ?? '',
  classify: (_doc, url) => (/\/oneclick-ui\//.test(url.pathname) ? 'application' : /\/\d{6,}/.test(url.pathname) ? 'posting' : null),
});
