import { controlText, defineSubmitSite, genericSubmit, isButtonLike, looksLikeApplicationForm } from '../submit-rule';

/**
 * The form ends in "Bewerbung absenden" / "Submit application" (German first). "Jetzt bewerben" /
 * "Apply now" on the posting only opens it; "Weiter" moves between steps.
 */
export const submit = defineSubmitSite({
  id: 'softgarden',
  isSubmit: (control) =>
    genericSubmit(control) ||
    (isButtonLike(control) && /^(bewerbung (absenden|senden|abschicken))\b/i.test(controlText(control)) && looksLikeApplicationForm(control.closest('form'))),
});
