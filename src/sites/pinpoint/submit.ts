import { defineSubmitSite, genericSubmit } from '../submit-rule';

/** One form ending in "Submit application"; the posting's "Apply for this job" is a link to it. */
export const submit = defineSubmitSite({
  id: 'pinpoint',
  isSubmit: genericSubmit,
});
