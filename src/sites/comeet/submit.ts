import { defineSubmitSite, genericSubmit } from '../submit-rule';

/** The form under the description ends in "Submit"; the header's "Apply" only scrolls down to it. */
export const submit = defineSubmitSite({
  id: 'comeet',
  isSubmit: genericSubmit,
});
