import { defineSubmitSite, genericSubmit } from '../submit-rule';

/** Easy Apply hands over to Indeed's own flow (caught by the Indeed rule there); other jobs go to the employer. */
export const submit = defineSubmitSite({
  id: 'glassdoor',
  isSubmit: genericSubmit,
});
