import { controlText, defineSubmitSite, isButtonLike, looksLikeApplicationForm } from '../submit-rule';

/**
 * The application page is one form ending in "Apply" (or "Submit"); "Save draft" and the résumé
 * "Upload" buttons sit in the same form. On the posting and on Recruiting Marketing sites, "Apply now"
 * is a link that only opens that form.
 */
export const submit = defineSubmitSite({
  id: 'successfactors',
  isSubmit: (control) =>
    isButtonLike(control) &&
    /^(apply|submit)\b/i.test(controlText(control)) &&
    !/\b(draft|save|later|upload|linkedin|indeed)\b/i.test(controlText(control)) &&
    looksLikeApplicationForm(control.closest('form')),
});
