import { defineSubmitSite, genericSubmit } from '../submit-rule';

/** The apply steps end in "Submit" inside the form; "Next", "Back" and "Save for later" are not it, nor the posting's "Apply". */
export const submit = defineSubmitSite({
  id: 'dayforce',
  isSubmit: genericSubmit,
});
