import { controlText, defineSubmitSite, isButtonLike } from '../submit-rule';

/**
 * The wizard's last step sends with "Submit" (or "Submit Application"). "Easy Apply" and "Apply Now"
 * on the posting only open the wizard or leave for the employer; "Next", "Update", "Replace" and
 * "Back" move between its steps.
 */
export const submit = defineSubmitSite({
  id: 'dice',
  isSubmit: (control) =>
    isButtonLike(control) &&
    // The wizard's steps are a plain <form>; the site header's search form is not one of them.
    !!control.closest('form:not([role="search"])') &&
    /^submit( application)?$/i.test(controlText(control)),
});
