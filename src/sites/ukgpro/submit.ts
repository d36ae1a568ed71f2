import { controlText, defineSubmitSite, genericSubmit, isButtonLike } from '../submit-rule';

/**
 * The apply steps share one footer: "Next"/"Previous" between steps and "Submit" on the last. The
 * posting's "Apply Now" and "Quick Apply" are buttons outside any form that only navigate to it.
 */
export const submit = defineSubmitSite({
  id: 'ukgpro',
  isSubmit: (control) =>
    genericSubmit(control) || (isButtonLike(control) && control.matches('[data-automation="submit-application"], [data-automation="btn-submit"]') && /submit/i.test(controlText(control))),
});
