import { defineSubmitSite, genericSubmit } from '../submit-rule';

/** The /applications/new form; after success a talent-network "Connect" form appears, which is not an application. */
export const submit = defineSubmitSite({
  id: 'teamtailor',
  isSubmit: (control) => !control.closest('[class*="talent" i], [class*="connect" i]') && genericSubmit(control),
});
