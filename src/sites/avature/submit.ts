import { defineSubmitSite, genericSubmit } from '../submit-rule';

/** The server-rendered form ends in "Submit"; the posting's "Apply now" link and "Save for later" are not it. */
export const submit = defineSubmitSite({
  id: 'avature',
  isSubmit: genericSubmit,
});
