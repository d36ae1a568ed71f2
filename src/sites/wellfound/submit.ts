import { controlText, defineSubmitSite } from '../submit-rule';

/** The Apply modal's "Send application" button (the page's "Apply" only opens the modal). */
export const submit = defineSubmitSite({
  id: 'wellfound',
  isSubmit: (control) => control.tagName === 'BUTTON' && /^send application$/i.test(controlText(control)),
});
