/**
 * SAP SuccessFactors: career<N>.successfactors.com|eu/career?…career_job_req_id=<id>, and Recruiting
 * Marketing career sites on employers' own domains (/job/<City>-<Title>/<id>/).
 */
import { descriptionOf, first, meta, pick } from '../../core/extract/dom-util';
import { defineSite } from '../site-reader';

/** Recruiting Marketing marks each field of the job with the property it shows. */
const RMK_FIELD = '[data-careersite-propertyid]';

export const reader = defineSite({
  id: 'successfactors',
  board: 'successfactors',
  offHost: (url, doc) => /^\/job\/[^/]+\/\d+\/?$/.test(url.pathname) && !!doc && !!first(doc, RMK_FIELD),
  jobId: (url) => url.searchParams.get('career_job_req_id') ?? (/\/jobreqcareer$/.test(url.pathname) ? url.searchParams.get('jobId') ?? '' : ''),
  classify(doc, url) {
    const ns = url.searchParams.get('career_ns') ?? '';
    if (/^job_application/.test(ns)) return 'application';
    if (/summary|search/.test(ns)) return 'listing';
    if (this.jobId(url)) return 'posting';
    return /^\/job\/[^/]+\/\d+/.test(url.pathname) && first(doc, RMK_FIELD) ? 'posting' : null;
  },
  extract(doc) {
    return {
      title: pick(doc, ['[data-careersite-propertyid="title"]', '.jobTitle', '#job-title', 'h1']),
      location: pick(doc, ['[data-careersite-propertyid="city"]', '.jobGeoLocation', '.jobLocation']),
      company: pick(doc, ['[data-careersite-propertyid="customfield1"].company', '.jobCompany']) || meta(doc, 'og:site_name'),
      description: descriptionOf(doc, '[data-careersite-propertyid="description"], .jobdescription, .joqReqDescription'),
    };
  },
});
