import { defineSubmitSite, genericSubmit } from './types';

/** Easy Apply hands over to Indeed's own flow (caught by the Indeed rule there); other jobs go to the employer. */
export const glassdoor = defineSubmitSite({
  id: 'glassdoor',
  isSubmit: genericSubmit,
});
