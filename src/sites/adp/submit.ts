import { defineSubmitSite, genericSubmit } from '../submit-rule';

/** The application ends in "Submit" inside its form; the job panel's "Apply" and the steps' "Next" are not it. */
export const submit = defineSubmitSite({
  id: 'adp',
  isSubmit: genericSubmit,
});
