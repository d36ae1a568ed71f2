import { controlText, defineSubmitSite, isButtonLike } from '../submit-rule';

/**
 * The Enterprise wizard moves on with "Save and Continue"/"Next" and ends with "Submit" on its review
 * page; Business Edition's one-page form ends with "Submit" too. The posting's "Apply Online"/"Apply"
 * opens the wizard (and its login), and "Save as Draft" keeps it for later.
 */
export const submit = defineSubmitSite({
  id: 'taleo',
  isSubmit: (control) =>
    isButtonLike(control) &&
    !!control.closest('form') &&
    /^submit\b/i.test(controlText(control)) &&
    !/\b(draft|later|save)\b/i.test(controlText(control)),
});
