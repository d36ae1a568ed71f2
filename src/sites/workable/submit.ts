import { defineSubmitSite } from '../submit-rule';

/** The job page's opener is a link with the same data-ui="apply-button": only the form's button counts. */
export const submit = defineSubmitSite({
  id: 'workable',
  isSubmit: (control) => control.matches('form[data-ui="application-form"] button[data-ui="apply-button"]'),
});
