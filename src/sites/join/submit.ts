import { defineSubmitSite, genericSubmit } from '../submit-rule';

/**
 * The /apply form's own submit ("Submit application", "Bewerbung absenden"); the posting's "Apply"
 * link only leads to the form, and it sits in no application form.
 */
export const submit = defineSubmitSite({
  id: 'join',
  isSubmit: genericSubmit,
});
