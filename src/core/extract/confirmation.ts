/**
 * Has an application just gone in? Only strong signals count: a route the ATS shows only after a
 * submission, or a known success container / success heading that the person can actually see.
 * Pre-rendered hidden success templates (Breezy HR, Recruitee) must not count.
 */
import { all, shortTextOf, textOf } from './dom-util';
import { isHidden, type ComputedStyleFn } from './visibility';

/** Known success containers; `text` is required where the container class is generic. */
const CONTAINERS: Array<{ selector: string; text?: RegExp }> = [
  { selector: '#application_confirmation' },
  // A BEM class any site may use (newsletter and booking notices): require words about applying.
  { selector: '.confirmation .confirmation__content, div.confirmation__content', text: /\bappl(y|ying|ied|ication)\b/i },
  { selector: '[data-qa="msg-submit-success"]' },
  { selector: '.ashby-application-form-success-container' },
  { selector: '[data-ui="successful-submit"]' },
  { selector: '[data-test="success-page-confirmation"], oc-success-page' },
  { selector: '.iCIMS_SuccessMessage', text: /thank/i },
  { selector: '.ia-PostApply', text: /submitted|applied/i },
  { selector: '.jv-page-applyconfirm, h2.jv-page-message-header', text: /sent|submitted|thank/i },
  { selector: 'div.application-confirmed', text: /submitted/i },
  { selector: '#post-apply-modal, [data-test-modal-id="post-apply-modal"]', text: /application (was )?sent/i },
  { selector: 'div[aria-live="assertive"]', text: /application has been successfully submitted/i },
];

/** Success headings: short, and starting with the words (not an article that mentions them). */
const SUCCESS_HEADING =
  /^(thank you for (applying|your application)|thanks for applying|application (submitted|sent|received)|your application (has been|was) (successfully )?(submitted|sent|received))\b/i;

export function hasVisibleSuccessContainer(doc: Document, getStyle?: ComputedStyleFn): boolean {
  return CONTAINERS.some(({ selector, text }) =>
    all(doc, selector).slice(0, 10).some((el) => {
      const content = textOf(el);
      return !!content && (!text || text.test(content)) && !isHidden(el, getStyle);
    }),
  );
}

export function hasVisibleSuccessHeading(doc: Document, getStyle?: ComputedStyleFn): boolean {
  return all(doc, 'h1, h2, h3, [role="status"], [role="alert"]').slice(0, 200).some((el) => {
    const content = shortTextOf(el, 120);
    return !!content && SUCCESS_HEADING.test(content) && !isHidden(el, getStyle);
  });
}
