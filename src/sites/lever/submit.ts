import { controlText, defineSubmitSite } from '../submit-rule';

/**
 * The opener on the posting is a link with the same `template-btn-submit` class as the real submit,
 * so only the button inside the application form counts (#btn-submit, a type="button").
 */
export const submit = defineSubmitSite({
  id: 'lever',
  isSubmit: (control) =>
    control.tagName === 'BUTTON' &&
    !!control.closest('form#application-form, form[action*="/apply"]') &&
    (control.matches('#btn-submit, [data-qa="btn-submit"]') || /^submit application$/i.test(controlText(control))),
});
