import { defineSubmitSite, genericSubmit } from './types';

/** A Next.js form with a "Submit Application" button. */
export const personio = defineSubmitSite({
  id: 'personio',
  isSubmit: genericSubmit,
});
