import { defineSubmitSite, genericSubmit } from '../submit-rule';

/** The /c/new form; its success message is pre-rendered hidden, so only the visible one counts (see watch.ts). */
export const submit = defineSubmitSite({
  id: 'recruitee',
  isSubmit: genericSubmit,
});
