import { afterUpload } from '../formless-submit';
import { controlText, defineSubmitSite, isButtonLike } from '../submit-rule';

/** "Submit application" after the résumé upload; "Apply" at the top only scrolls to the form. */
export const submit = defineSubmitSite({
  id: 'dover',
  isSubmit: (control) => isButtonLike(control) && /^submit( application)?$/i.test(controlText(control)) && afterUpload(control),
});
