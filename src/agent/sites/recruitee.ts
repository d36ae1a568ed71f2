import { defineSubmitSite, genericSubmit } from './types';

/** The /c/new form; its success message is pre-rendered hidden, so only the visible one counts (see watch.ts). */
export const recruitee = defineSubmitSite({
  id: 'recruitee',
  isSubmit: genericSubmit,
});
