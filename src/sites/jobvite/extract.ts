/** Jobvite: jobs.jobvite.com/<company>/job/<id>[/apply]; applyConfirmation after a submission. */
import { pick } from '../../core/extract/dom-util';
import { defineSite } from '../site-reader';

export const reader = defineSite({
  id: 'jobvite',
  board: 'jobvite',
  jobId: (url) => /\/job\/([A-Za-z0-9]{6,})/.exec(url.pathname)?.[1] ?? url.searchParams.get('j') ?? '',
  classify: (_doc, url) =>
    /\/apply\/?$/.test(url.pathname) ? 'application'
      : /\/job\/[A-Za-z0-9]{6,}/.test(url.pathname) ? 'posting'
        // The company's board on the jobs host: /<company>/jobs (or the bare company path).
        : url.hostname === 'jobs.jobvite.com' && /^\/[^/]+(\/jobs)?\/?$/.test(url.pathname) ? 'listing' : null,
  // The document title reads "<Company> Careers - <Job>": read the other way round by the general
  // title parser, which took the company for the job.
  extract(doc) {
    return {
      title: pick(doc, ['h2.jv-header', '.jv-header']),
      company: /^(.+?)\s+careers\s*[-–—|]/i.exec(doc.title.trim())?.[1] ?? '',
    };
  },
});
