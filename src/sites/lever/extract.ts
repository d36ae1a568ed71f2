/** Lever hosted job sites: jobs.lever.co/<company>/<posting uuid>[/apply|/thanks]. */
import { all, descriptionOf, first, pick, textOf } from '../../core/extract/dom-util';
import { parseTitle } from '../../core/extract/title-parse';
import { workModeFromText } from '../../core/extract/work-mode';
import { UUID, defineSite, logoName, pathParts } from '../site-reader';

function categories(doc: Document): string[] {
  return all(doc, '.posting-categories .posting-category, .posting-headline .posting-category')
    .map((el) => textOf(el).replace(/\s*\/\s*$/, ''))
    .filter(Boolean);
}

export const reader = defineSite({
  id: 'lever',
  board: 'lever',
  jobId: (url) => UUID.exec(url.pathname)?.[0].toLowerCase() ?? '',
  classify(doc, url) {
    const parts = pathParts(url);
    if (parts.length <= 1) return 'listing';
    if (!this.jobId(url)) return null;
    return /\/apply\/?$/.test(url.pathname) || first(doc, 'form#application-form') ? 'application' : 'posting';
  },
  extract(doc, url) {
    const title = pick(doc, ['.posting-headline h2', '.posting-header h2', '.posting-headline h1']);
    const cats = categories(doc);
    const location = pick(doc, ['.posting-categories .location', '.posting-category.location']) || cats[0] || '';
    const logo = logoName(first(doc, '.main-header-logo img')?.getAttribute('alt'));
    // "<Company> - <Title>": the company slug in the address says which end is the company, so a
    // title with its own dash ("Full Stack Engineer - Remediation Agent") stays whole.
    const fromTitle = parseTitle(doc.title, 'lever.co', title, [pathParts(url)[0] ?? '']);
    return {
      title: title || fromTitle.title,
      company: logo || fromTitle.company,
      location,
      employmentType: pick(doc, ['.posting-categories .commitment']).replace(/\s*\/\s*$/, '') || (cats.find((c) => /time|contract|intern|temporary/i.test(c)) ?? ''),
      description: descriptionOf(doc, '.posting-page [data-qa="job-description"], .posting-page .section-wrapper, .content .section-wrapper'),
      workMode: workModeFromText(pick(doc, ['.posting-categories .workplaceTypes']), ...cats.slice(1)),
    };
  },
});
