/** SmartRecruiters: jobs.smartrecruiters.com/<Company>/<numeric id>-<slug>; the form is the oneclick-ui app. */
import { defineSite} from '../site-reader';

export const reader = defineSite({
  id: 'smartrecruiters',
  board: 'smartrecruiters',
  jobId: (url) => /\/(\d{6,})(?:-|\/|$)/.exec(url.pathname)?.[1] ?? /\/publication\/([0-9a-f-]{36})/i.exec(url.pathname)?.[1] ?? '',
  classify: (_doc, url) => (/\/oneclick-ui\//.test(url.pathname) ? 'application' : /\/\d{6,}/.test(url.pathname) ? 'posting' : null),
});
