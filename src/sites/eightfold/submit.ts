import { controlText, defineSubmitSite, genericSubmit } from '../submit-rule';

/**
 * The application form ends in "Submit Application"; the open position's "Apply" (same colour, no
 * form around it), "Upload résumé" and "Apply with LinkedIn" are not the submit.
 */
export const submit = defineSubmitSite({
  id: 'eightfold',
  isSubmit: (control) => genericSubmit(control) && !/linkedin|indeed|resume|résumé/i.test(controlText(control)),
});
