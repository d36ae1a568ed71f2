import { controlText, defineSubmitSite, isButtonLike } from '../submit-rule';

/**
 * The apply dialog's "Submit application" sends it. "Apply now" on the posting only opens the dialog,
 * "Save job" bookmarks it, and "Continue" moves between the dialog's steps.
 */
export const submit = defineSubmitSite({
  id: 'reed',
  isSubmit: (control) =>
    isButtonLike(control) &&
    /^(submit|send)( my| your)? application$/i.test(controlText(control)) &&
    !!control.closest('[role="dialog"], form'),
});
