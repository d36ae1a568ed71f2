import { defineSubmitSite } from '../submit-rule';

/** The footer's submit (an oc-button whose real button sits in its shadow root); "footer-next" is a step. */
export const submit = defineSubmitSite({
  id: 'smartrecruiters',
  isSubmit: (control) => !!control.closest('[data-test="footer-submit"]'),
});
