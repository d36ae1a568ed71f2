import { controlText, defineSubmitSite } from '../submit-rule';

/**
 * One footer button drives every step; it says "Submit" only on the Review step. Clicking it is an
 * attempt (errors, account walls can follow) — the "Application Submitted" dialog confirms it.
 */
export const submit = defineSubmitSite({
  id: 'workday',
  isSubmit: (control) =>
    control.matches('[data-automation-id="bottom-navigation-next-button"], [data-automation-id="pageFooterNextButton"]') &&
    /^submit\b/i.test(controlText(control)),
});
