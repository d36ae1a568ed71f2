import { defineSubmitSite, genericSubmit } from '../submit-rule';

/** The form opens on the job page (the "Apply for this job" button only shows it); its submit button sends it. */
export const submit = defineSubmitSite({
  id: 'bamboohr',
  isSubmit: genericSubmit,
});
