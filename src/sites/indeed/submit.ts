import { controlText, defineSubmitSite } from '../submit-rule';

/** The review step's button; the job page's "Apply now" (#indeedApplyButton) only opens the flow. */
export const submit = defineSubmitSite({
  id: 'indeed',
  isSubmit: (control) =>
    control.matches('[data-testid="submit-application-button"]') ||
    (control.tagName === 'BUTTON' && /^(submit your application|déposer ma candidature)$/i.test(controlText(control))),
});
