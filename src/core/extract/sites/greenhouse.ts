/** Greenhouse hosted boards (boards., job-boards., EU), the embed, and ?gh_jid= on employer sites. */
import { descriptionOf, first, pick } from '../dom-util';
import { defineSite, logoName, onHost, pathParts } from './site';

const HOSTS = ['boards.greenhouse.io', 'job-boards.greenhouse.io', 'job-boards.eu.greenhouse.io', 'boards.eu.greenhouse.io'];

export const greenhouse = defineSite({
  id: 'greenhouse',
  board: 'greenhouse',
  matches: (url) => onHost(url, ...HOSTS) || /^\d+$/.test(url.searchParams.get('gh_jid') ?? ''),
  jobId(url) {
    const inPath = /\/jobs\/(\d+)/.exec(url.pathname)?.[1];
    const token = url.searchParams.get('token') ?? url.searchParams.get('gh_jid') ?? '';
    return inPath ?? (/^\d+$/.test(token) ? token : '');
  },
  isConfirmationUrl: (url) => onHost(url, ...HOSTS) && /\/confirmation\/?$/.test(url.pathname),
  classify(doc, url) {
    if (!onHost(url, ...HOSTS)) return null;
    if (/\/embed\/job_board/.test(url.pathname)) return 'listing';
    const parts = pathParts(url);
    // "/<board>" alone is the company's board; a job always has /jobs/<id> or ?token=.
    if (!this.jobId(url)) return parts.length <= 1 ? 'listing' : null;
    if (first(doc, 'form#application-form, form#application_form, #application-form, #application_form')) return 'application';
    return /\/embed\/job_app/.test(url.pathname) ? 'application' : 'posting';
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
