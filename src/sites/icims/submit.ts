import { controlText, defineSubmitSite } from '../submit-rule';

/** A server-rendered multi-page form: "Next"/"Continue" steps, then an input or button saying "Submit". */
export const submit = defineSubmitSite({
  id: 'icims',
  isSubmit: (control) => control.matches('input[type="submit"], button') && /^submit( application)?$/i.test(controlText(control)),
});
