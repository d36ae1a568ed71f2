/**
 * How one board or ATS submits an application: which control is the real, final submit. Openers
 * ("Apply", "Easy Apply", "Apply for this job"), step buttons ("Next", "Continue", "Review") and
 * save-for-later buttons are not; several platforms give the opener and the submit the same class or
 * data attribute, so each rule checks where the control sits and what it says.
 */
import { hasFormlessApplicationForm, NOT_SEND, SEND_WORDS } from '../core/extract/application-form';
import { afterUpload } from './formless-submit';

export interface SubmitSite {
  /** The site's folder in src/sites ("web" for any other page). */
  id: string;
  /** `control` is the button, input, link or role=button element that was activated. */
  isSubmit(control: Element): boolean;
  /**
   * Sites with no confirmation of their own but the submit control's own change (ZipRecruiter's
   * "1-Click Apply" turns into "Applied"): does this control now say the application went in? Asked
   * only of controls the person pressed in this tab, after the press (src/agent/confirmation.ts), so
   * a job shown as applied when the page opened (applied to earlier) never counts.
   */
  sentState?(control: Element): boolean;
}

export function defineSubmitSite(site: SubmitSite): SubmitSite {
  return site;
}

/** What a control says: its value for inputs, else its text, else its accessible label. */
export function controlText(el: Element): string {
  const value = el instanceof HTMLInputElement ? el.value : el.textContent ?? '';
  const text = value.replace(/\s+/g, ' ').trim();
  return text || (el.getAttribute('aria-label') ?? '').trim();
}

export function isButtonLike(el: Element): boolean {
  const tag = el.tagName.toLowerCase();
  if (tag === 'button') return true;
  if (tag === 'input') return ['submit', 'button', 'image'].includes((el as HTMLInputElement).type);
  return el.getAttribute('role') === 'button';
}

/** Forms that collect an application: a résumé upload, or an email field to reach the applicant. */
export function looksLikeApplicationForm(form: Element | null): boolean {
  return !!form?.querySelector('input[type="file"], input[type="email"], input[name*="email" i], input[autocomplete="email"]');
}

/**
 * Any site: a submit-looking button inside an application form, or, outside any <form>, after the
 * résumé upload of a form built of plain elements (an opener above the posting is not one).
 */
export function genericSubmit(control: Element): boolean {
  if (!isButtonLike(control)) return false;
  const text = controlText(control);
  if (!SEND_WORDS.test(text) || NOT_SEND.test(text)) return false;
  const form = control.closest('form');
  return form ? looksLikeApplicationForm(form) : afterUpload(control) && hasFormlessApplicationForm(control.ownerDocument);
}
