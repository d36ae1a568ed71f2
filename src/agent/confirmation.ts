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
import type { SubmitSite } from '../sites/submit-rule';
import { visibleControl } from './activation';

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

/** A submit control the person pressed in this run, and where it sat (a page may redraw the control). */
export interface Pressed {
  control: Element;
  parent: Element | null;
}

/**
 * On sites whose submit control turns into the confirmation (SubmitSite.sentState): does a control the
 * person pressed in this run now visibly say it went in? Where the page drew a new control in its
 * place, the new one in the same container counts. Nothing pressed, nothing counts.
 */
export function pressedShowsSent(rule: SubmitSite, pressed: readonly Pressed[]): boolean {
  const sent = rule.sentState;
  if (!sent) return false;
  try {
    return pressed.some(({ control, parent }) => {
      if (control.isConnected) return sent(control) && visibleControl(control);
      if (!parent?.isConnected) return false;
      return Array.from(parent.querySelectorAll('button, [role="button"], a, span'))
        .slice(0, 20)
        .some((el) => sent(el) && visibleControl(el));
    });
  } catch {
    return false;
  }
}
