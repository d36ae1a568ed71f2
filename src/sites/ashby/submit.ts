import { controlText, defineSubmitSite } from '../submit-rule';

/** No <form> wrapper and several other type="submit" buttons (uploads, yes/no toggles): the class decides. */
export const submit = defineSubmitSite({
  id: 'ashby',
  isSubmit: (control) =>
    control.matches('button.ashby-application-form-submit-button') ||
    (control.tagName === 'BUTTON' &&
      !!control.closest('.ashby-application-form-container') &&
      /^submit application$/i.test(controlText(control))),
});
