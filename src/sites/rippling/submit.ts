import { afterUpload } from '../formless-submit';
import { controlText, defineSubmitSite, isButtonLike } from '../submit-rule';

/** The form's "Submit application", after its résumé upload; the posting's "Apply" only opens the form. */
export const submit = defineSubmitSite({
  id: 'rippling',
  isSubmit: (control) => isButtonLike(control) && /^submit( application)?$/i.test(controlText(control)) && afterUpload(control),
});
