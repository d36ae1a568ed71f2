import { controlText, defineSubmitSite } from '../submit-rule';

/**
 * Every apply step has the same pagination bar: "Next" moves on, and only the last step shows the
 * submit button (its own class). Beside it, the "fixer" button lists the fields to fix and turns into
 * a Submit once there are none. The posting's "Apply Now" only opens the flow.
 */
export const submit = defineSubmitSite({
  id: 'oracle',
  isSubmit: (control) =>
    control.matches('button.apply-flow-pagination__submit-button') ||
    (control.matches('button.apply-flow-fixer__button') && /^submit\b/i.test(controlText(control))),
});
