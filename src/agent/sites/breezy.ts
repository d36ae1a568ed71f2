import { defineSubmitSite, genericSubmit } from './types';

/** The /apply form ("Submit" or "Submit Application"); the success block is pre-rendered hidden. */
export const breezy = defineSubmitSite({
  id: 'breezy',
  isSubmit: genericSubmit,
});
