import { controlText, defineSubmitSite, isButtonLike } from '../submit-rule';

/**
 * `#resumator-submit-resume` ("Submit Application") sends the form; on some tenants it is an
 * `<a href="#">`, so the id decides rather than the element type. The posting's "Apply" button only
 * reveals the form.
 */
export const submit = defineSubmitSite({
  id: 'jazzhr',
  isSubmit: (control) =>
    control.matches('#resumator-submit-resume') ||
    (isButtonLike(control) &&
      !!control.closest('#resumator-application-form, form[id^="resumator"]') &&
      /^submit( application)?$/i.test(controlText(control))),
});
