/**
 * WP Job Manager (the WordPress job-board plugin behind many small boards): its markup names the
 * company and location with stable classes. Not a board of its own (no hosts, so no folder), so drafts say "web".
 */
import { descriptionOf, first, pick } from '../core/extract/dom-util';
import { defineSite } from './site-reader';

export const wpJobManager = defineSite({
  id: 'wpjobmanager',
  board: 'web',
  offHost: (_url, doc) => !!doc && !!first(doc, '.single_job_listing, .job_listings, .job-manager, [class*="job_listing-"]'),
  jobId: () => '',
  classify(doc) {
    if (first(doc, '.single_job_listing')) return 'posting';
    return first(doc, 'ul.job_listings li.job_listing, .job_listings .job_listing') ? 'listing' : null;
  },
  extract(doc) {
    return {
      title: pick(doc, ['.single_job_listing .page-title', '.single_job_listing h1', '.job_listing-title']),
      company: pick(doc, ['.single_job_listing .job-company', '.job-company', '.company strong', '.job_listing-company strong']),
      location: pick(doc, ['.single_job_listing .location', '.job-location', '.google_map_link']),
      employmentType: pick(doc, ['.single_job_listing .job-type', '.job-type']),
      description: descriptionOf(doc, '.job_listing-description, .job_description'),
    };
  },
});
