import { controlText, defineSubmitSite, isButtonLike } from '../submit-rule';

/**
 * "1-Click Apply" sends the member's profile at once (when the employer asks questions, the dialog it
 * opens ends with "Submit", which sends it). "Apply" / "Apply on company site" leaves for the
 * employer, "Save" bookmarks the job, "Continue" and "Back" move between the dialog's questions.
 */
export const submit = defineSubmitSite({
  id: 'ziprecruiter',
  isSubmit: (control) => {
    if (!isButtonLike(control)) return false;
    const text = controlText(control);
    if (/^1-click apply$/i.test(text)) return true;
    return !!control.closest('[role="dialog"], .ApplyFlowApp') && /^submit( application)?$/i.test(text);
  },
  // No confirmation page: the 1-Click control itself turns into "Applied" (its dialog, when the employer
  // asks questions, closes first). A job already applied to shows "Applied" from the start: only a
  // control the person pressed in this tab is ever asked.
  sentState: (control) => /^applied\b/i.test(controlText(control)),
});
