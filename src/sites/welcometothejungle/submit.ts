import { defineSubmitSite, genericSubmit } from '../submit-rule';

/**
 * The application dialog's own form sends it ("Envoyer ma candidature"); the posting's "Postuler"
 * only opens the dialog, or leaves for the employer's site, and sits in no application form.
 */
export const submit = defineSubmitSite({
  id: 'welcometothejungle',
  isSubmit: genericSubmit,
});
