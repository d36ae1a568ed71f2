import { defineSubmitSite, genericSubmit } from './types';

/** The /applications/new form; after success a talent-network "Connect" form appears, which is not an application. */
export const teamtailor = defineSubmitSite({
  id: 'teamtailor',
  isSubmit: (control) => !control.closest('[class*="talent" i], [class*="connect" i]') && genericSubmit(control),
});
