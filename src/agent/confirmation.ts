/**
 * Is the ATS showing its own confirmation right now? A confirmation route of the site, or a known
 * success container or success heading that the person can actually see (computed style, so CSS-hidden
 * success templates already in the page never count). Success words alone are the employer's own and
 * weak: they count on a known ATS, on a confirmation-shaped route, or right after a seen submit,
 * in any of the eight languages (core/extract/confirmation.ts), and never on an article.
 */
import { CONFIRMATION_ROUTE } from '../core/extract/confirmation-route';
import { hasVisibleSuccessContainer, hasVisibleSuccessHeading } from '../core/extract/confirmation';
import { isArticlePage } from '../core/extract/signals';
import type { Site } from '../sites/site-reader';

const computedStyle = (el: Element) => getComputedStyle(el);

export function confirmationShowing(doc: Document, url: URL, site: Site | null, afterSubmit: boolean): boolean {
  try {
    if (site?.isConfirmationUrl?.(url)) return true;
    // An article about applying quotes the words of a confirmation: they never count there.
    if (isArticlePage(doc, url)) return false;
    if (hasVisibleSuccessContainer(doc, computedStyle)) return true;
    const route = CONFIRMATION_ROUTE.test(url.pathname + url.search);
    return (site !== null || route || afterSubmit) && hasVisibleSuccessHeading(doc, computedStyle);
  } catch {
    return false;
  }
}
