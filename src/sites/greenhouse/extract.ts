/** Greenhouse hosted boards (boards., job-boards., EU), the embed, and ?gh_jid= on employer sites. */
import { descriptionOf, first, meta, pick } from '../../core/extract/dom-util';
import { parseTitle } from '../../core/extract/title-parse';
import { defineSite, logoName, pathParts } from '../site-reader';
import { urls } from './urls';

/** The Greenhouse application form, inline or as the embed iframe, on an employer's page. */
function hasEmbeddedForm(doc: Document): boolean {
  return !!first(doc, 'iframe#grnhse_iframe, iframe[src*="greenhouse.io/embed/job_app"], form#application-form, form#application_form');
}

export const reader = defineSite({
  id: 'greenhouse',
  board: 'greenhouse',
  offHost: (url) => /^\d+$/.test(url.searchParams.get('gh_jid') ?? ''),
  jobId(url) {
    const inPath = /\/jobs\/(\d+)/.exec(url.pathname)?.[1];
    const token = url.searchParams.get('token') ?? url.searchParams.get('gh_jid') ?? '';
    return inPath ?? (/^\d+$/.test(token) ? token : '');
  },
  classify(doc, url) {
    // An employer page carrying ?gh_jid= shows that one Greenhouse job (the form is embedded from
    // Greenhouse on demand), whatever its own markup looks like.
    if (!urls.hosts.test(url.hostname)) return this.jobId(url) ? (hasEmbeddedForm(doc) ? 'application' : 'posting') : null;
    if (/\/embed\/job_board/.test(url.pathname)) return 'listing';
    const parts = pathParts(url);
    // "/<board>" alone is the company's board; a job always has /jobs/<id> or ?token=.
    if (!this.jobId(url)) return parts.length <= 1 ? 'listing' : null;
    if (first(doc, 'form#application-form, form#application_form, #application-form, #application_form')) return 'application';
    return /\/embed\/job_app/.test(url.pathname) ? 'application' : 'posting';
  },
  // On the employer's own site (?gh_jid=) the site's name is the employer's, which the title parser
  // drops as "the site's brand" everywhere else.
  fallback(doc, url) {
    if (urls.hosts.test(url.hostname)) return {};
    const named = meta(doc, 'og:site_name', 'application-name');
    return { company: named || parseTitle(doc.title).company };
  },
  extract(doc) {
    const logo = first(doc, 'img[alt$="Logo"], img[alt$="logo"], .logo img');
    return {
      title: pick(doc, ['.job__title h1', 'h1.section-header', '.app-title', 'h1']),
      location: pick(doc, ['.job__location', '.location']),
      salary: pick(doc, ['.pay-range', '.pay-input']),
      description: descriptionOf(doc, '.job__description, #content .body, #content'),
      company: logoName(logo?.getAttribute('alt')) || pick(doc, ['.company-name']).replace(/^at\s+/i, ''),
    };
  },
});
