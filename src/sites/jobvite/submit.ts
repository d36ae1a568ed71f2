import { controlText, defineSubmitSite, genericSubmit } from '../submit-rule';

/** "Send Application"; the "apply later" button on the job page is not a submission. */
export const submit = defineSubmitSite({
  id: 'jobvite',
  isSubmit: (control) =>
    !control.closest('.apply-later') &&
    (control.matches('button[aria-label="Send Application" i]') || /^send application$/i.test(controlText(control)) || genericSubmit(control)),
});
