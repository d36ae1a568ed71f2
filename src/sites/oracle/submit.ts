import { defineSubmitSite } from '../submit-rule';

/**
 * Every apply step has the same pagination bar: "Next" moves on, and only the last step shows the
 * submit button (its own class). The posting's "Apply Now" only opens the flow.
 */
export const submit = defineSubmitSite({
  id: 'oracle',
  isSubmit: (control) => control.matches('button.apply-flow-pagination__submit-button'),
});
