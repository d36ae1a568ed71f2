/** JazzHR: <company>.applytojob.com/apply/<id>/<slug>; the form sits on the posting page. */
import { descriptionOf, first, pick } from '../../core/extract/dom-util';
import { defineSite, pathParts } from '../site-reader';

const JOB_ID = /^[A-Za-z0-9]{8,12}$/;

export const reader = defineSite({
  id: 'jazzhr',
  board: 'jazzhr',
  jobId(url) {
    const [root, id] = pathParts(url);
    return root === 'apply' && id && JOB_ID.test(id) ? id : '';
  },
  classify(doc, url) {
    if (this.jobId(url)) return first(doc, '#resumator-application-form, form[id^="resumator"], #resumator-submit-resume') ? 'application' : 'posting';
    const parts = pathParts(url);
    return parts[0] === 'apply' && parts.length <= 2 ? 'listing' : null;
  },
  extract(doc) {
    return {
      title: pick(doc, ['#job-title', '.job-header h1', 'h1']),
      location: pick(doc, ['#resumator-job-location', '[title="Location"]', '.job-attributes-container [title*="ocation"]']),
      employmentType: pick(doc, ['#resumator-job-employment', '[title="Type"]']),
      description: descriptionOf(doc, '#job-description, .job_description, .description'),
    };
  },
  // The career page's title is "<Company> - Career Page"; the posting's header repeats the name.
  fallback(doc) {
    const company = pick(doc, ['.company-name', '#resumator-company-name']) || /^(.+?) - Career Page$/.exec(doc.title)?.[1] || '';
    return { company };
  },
});
