import { defineSubmitSite, genericSubmit } from '../submit-rule';

/** SEEK's own apply flow (/job/<id>/apply) ends with a "Submit application" button in its form. */
export const submit = defineSubmitSite({
  id: 'seek',
  isSubmit: genericSubmit,
});
