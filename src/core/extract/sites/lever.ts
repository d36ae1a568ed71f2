/** Lever hosted job sites: jobs.lever.co/<company>/<posting uuid>[/apply|/thanks]. */
import { all, descriptionOf, first, pick, textOf } from '../dom-util';
import { parseTitle } from '../title-parse';
import { workModeFromText } from '../work-mode';
import { UUID, defineSite, logoName, onHost, pathParts } from './site';

const HOSTS = ['jobs.lever.co', 'jobs.eu.lever.co'];

function categories(doc: Document): string[] {
  return all(doc, '.posting-categories .posting-category, .posting-headline .posting-category')
    .map((el) => textOf(el).replace(/\s*\/\s*$/, ''))
    .filter(Boolean);
}

export const lever = defineSite({
  id: 'lever',
  board: 'lever',
  matches: (url) => onHost(url, ...HOSTS),
  jobId: (url) => UUID.exec(url.pathname)?.[0].toLowerCase() ?? '',
  isConfirmationUrl: (url) => /\/thanks\/?$/.test(url.pathname),
  classify(doc, url) {
    const parts = pathParts(url);
    if (parts.length <= 1) return 'listing';
    if (!this.jobId(url)) return null;
    return /\/apply\/?$/.test(url.pathname) || first(doc, 'form#application-form') ? 'application' : 'posting';
  },
  extract(doc) {
    const title = pick(doc, ['.posting-headline h2', '.posting-header h2', '.posting-headline h1']);
    const cats = categories(doc);
    const location = pick(doc, ['.posting-categories .location', '.posting-category.location']) || cats[0] || '';
    const logo = logoName(first(doc, '.main-header-logo img')?.getAttribute('alt'));
    return {
      title,
      company: logo || parseTitle(doc.title, 'lever.co', title).company,
      location,
      employmentType: pick(doc, ['.posting-categories .commitment']).replace(/\s*\/\s*$/, '') || (cats.find((c) => /time|contract|intern|temporary/i.test(c)) ?? ''),
      description: descriptionOf(doc, '.posting-page [data-qa="job-description"], .posting-page .section-wrapper, .content .section-wrapper'),
      workMode: workModeFromText(pick(doc, ['.posting-categories .workplaceTypes']), ...cats.slice(1)),
    };
  },
});
