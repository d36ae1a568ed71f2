import { controlText, defineSubmitSite } from './types';

/** A server-rendered multi-page form: "Next"/"Continue" steps, then an input or button saying "Submit". */
export const icims = defineSubmitSite({
  id: 'icims',
  isSubmit: (control) => control.matches('input[type="submit"], button') && /^submit( application)?$/i.test(controlText(control)),
});
