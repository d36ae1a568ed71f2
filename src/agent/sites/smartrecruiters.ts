import { defineSubmitSite } from './types';

/** The footer's submit (an oc-button whose real button sits in its shadow root); "footer-next" is a step. */
export const smartrecruiters = defineSubmitSite({
  id: 'smartrecruiters',
  isSubmit: (control) => !!control.closest('[data-test="footer-submit"]'),
});
