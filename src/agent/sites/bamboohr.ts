import { defineSubmitSite, genericSubmit } from './types';

/** The form opens on the job page (the "Apply for this job" button only shows it); its submit button sends it. */
export const bamboohr = defineSubmitSite({
  id: 'bamboohr',
  isSubmit: genericSubmit,
});
