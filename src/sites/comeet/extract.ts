/** Comeet: www.comeet.com/jobs/<company>/<company uid>/<position slug>/<position uid>. */
import { descriptionOf, pick } from '../../core/extract/dom-util';
import { defineSite, pathParts } from '../site-reader';

const UID = /^[0-9A-F]{2}\.[0-9A-F]{3}$/i;

export const reader = defineSite({
  id: 'comeet',
  board: 'comeet',
  jobId(url) {
    const parts = pathParts(url);
    return parts[0] === 'jobs' && parts.length >= 5 && UID.test(parts[4] ?? '') ? parts[4]!.toUpperCase() : '';
  },
  classify(_doc, url) {
    const parts = pathParts(url);
    if (parts[0] !== 'jobs') return null;
    // The form sits on the posting itself: the page is the posting until the submit.
    if (this.jobId(url)) return 'posting';
    return parts.length <= 3 ? 'listing' : null;
  },
  extract(doc) {
    return {
      title: pick(doc, ['.positionName', '[data-test="position-name"]', 'h1']),
      location: pick(doc, ['.positionLocation', '[data-test="position-location"]']),
      company: pick(doc, ['.companyName', '[data-test="company-name"]']),
      description: descriptionOf(doc, '.positionDescription, [data-test="position-description"]'),
    };
  },
});
