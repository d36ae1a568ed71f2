import { controlText, defineSubmitSite, isButtonLike } from '../submit-rule';

/**
 * New boards: form#application-form with a "Submit application" button. Legacy and embed:
 * #submit_app, an input of type "button" (so no submit event is guaranteed). The email security
 * code step re-uses the same button; only the confirmation that follows makes it a submission.
 */
export const submit = defineSubmitSite({
  id: 'greenhouse',
  isSubmit: (control) =>
    control.matches('#submit_app, [data-trackingid="job-application-submit"]') ||
    (isButtonLike(control) &&
      !!control.closest('form#application-form, form#application_form, #application-form, #application_form') &&
      /submit/i.test(controlText(control))),
});
