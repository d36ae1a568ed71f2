/** Avature: <company>.avature.net/<portal>/JobDetail/<slug>/<id>, and ApplicationMethods?jobId=<id>. */
import { descriptionOf, first, pick } from '../../core/extract/dom-util';
import { defineSite, logoName } from '../site-reader';

export const reader = defineSite({
  id: 'avature',
  board: 'avature',
  // Portals on an employer's own domain keep Avature's paths and markup.
  offHost: (url, doc) => /\/JobDetail\/[^/?#]+\/\d+\/?$/.test(url.pathname) && !!doc && !!first(doc, '.article--details, [class*="article__header__text__title"]'),
  jobId: (url) => /\/JobDetail\/(?:[^/?#]+\/)?(\d+)\/?$/.exec(url.pathname)?.[1] ?? url.searchParams.get('jobId') ?? '',
  classify(_doc, url) {
    if (/\/SearchJobs/i.test(url.pathname)) return 'listing';
    if (!this.jobId(url)) return null;
    return /\/(ApplicationMethods|Apply|Register)/i.test(url.pathname) ? 'application' : 'posting';
  },
  extract(doc) {
    return {
      title: pick(doc, ['.article--details .article__header__text__title', 'h2.section__header__text__title', 'h1']),
      location: pick(doc, ['.article__content__view__field.location .article__content__view__field__value', '[data-field="location"] .article__content__view__field__value']),
      // The portal's header logo names the employer ("Acme logo").
      company: logoName(first(doc, '.header__logo img')?.getAttribute('alt')),
      description: descriptionOf(doc, '.article--details .article__content'),
    };
  },
});
