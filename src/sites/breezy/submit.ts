import { defineSubmitSite, genericSubmit } from '../submit-rule';

/** The /apply form ("Submit" or "Submit Application"); the success block is pre-rendered hidden. */
export const submit = defineSubmitSite({
  id: 'breezy',
  isSubmit: genericSubmit,
});
