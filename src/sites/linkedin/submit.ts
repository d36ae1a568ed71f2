import { controlText, defineSubmitSite } from '../submit-rule';

/**
 * Easy Apply: the modal's last step says "Submit application". The "Easy Apply" opener, the
 * "Next"/"Review" steps and the Save/Discard buttons of the "Save this application?" dialog are not.
 */
export const submit = defineSubmitSite({
  id: 'linkedin',
  isSubmit: (control) =>
    control.matches('button[aria-label="Submit application" i], button[data-live-test-easy-apply-submit-button]') ||
    (control.tagName === 'BUTTON' &&
      !!control.closest('.jobs-easy-apply-modal, [data-test-modal], [role="dialog"]') &&
      /^submit application$/i.test(controlText(control))),
});
