import { controlText, defineSubmitSite, genericSubmit, isButtonLike, looksLikeApplicationForm } from '../submit-rule';

/**
 * StepStone's own application form sends with "Bewerbung senden" / "Bewerbung absenden" ("Send
 * application" on its English pages). "Jetzt bewerben" and "Ich bin interessiert" on the posting only
 * open the form or leave for the employer's site; "Merken" saves the job.
 */
export const submit = defineSubmitSite({
  id: 'stepstone',
  isSubmit: (control) =>
    genericSubmit(control) ||
    (isButtonLike(control) &&
      /^(bewerbung (jetzt )?(senden|absenden|abschicken)|sollicitatie versturen|envoyer (ma )?candidature)$/i.test(controlText(control)) &&
      looksLikeApplicationForm(control.closest('form'))),
});
