import { defineSubmitSite, genericSubmit } from '../submit-rule';

/** A Next.js form with a "Submit Application" button. */
export const submit = defineSubmitSite({
  id: 'personio',
  isSubmit: genericSubmit,
});
