import { afterUpload } from '../formless-submit';
import { controlText, defineSubmitSite, isButtonLike } from '../submit-rule';

/**
 * "Apply and save" and "Apply without saving" both send the application (the save is the
 * applicant's Gem profile). There is no <form>: the buttons are type="submit" in a plain container,
 * after the résumé upload, where the posting's own "Apply" button comes before it.
 */
export const submit = defineSubmitSite({
  id: 'gem',
  isSubmit: (control) =>
    isButtonLike(control) &&
    /^(apply( and save| without saving)?|submit( application)?)$/i.test(controlText(control)) &&
    afterUpload(control),
});
