/** Contacts of one application: the rules for what may be stored, as plain functions. */
import type { Application, Contact } from './types';

export type ContactInput = Omit<Contact, 'id'>;

export const EMPTY_CONTACT: ContactInput = { name: '', role: '', email: '', profileUrl: '' };

/** Records from before schema v3 (or built by older code) may lack the list: treat that as empty. */
export function contactsOf(app: Pick<Application, 'contacts'>): Contact[] {
  return app.contacts ?? [];
}

/**
 * A profile link is kept only as an http(s) or mailto address, so a stored `javascript:` or `data:`
 * link can never become a clickable link. Returns the normalised address, "" for empty, null when unsafe.
 */
export function safeProfileUrl(raw: string): string | null {
  const text = raw.trim();
  if (!text) return '';
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'mailto:'
      ? url.href
      : null;
  } catch {
    return null;
  }
}

/** A plausible email address (one @, something either side, no spaces): enough to catch typos. */
export function looksLikeEmail(raw: string): boolean {
  return /^[^\s@]+@[^\s@]+$/.test(raw.trim());
}

export type ContactProblem = 'empty' | 'email' | 'profileUrl';

/** What is wrong with a contact before it is saved, if anything (kind words live in the UI). */
export function contactProblems(input: ContactInput): ContactProblem[] {
  const problems: ContactProblem[] = [];
  if (!input.name.trim() && !input.email.trim()) problems.push('empty');
  if (input.email.trim() && !looksLikeEmail(input.email)) problems.push('email');
  if (safeProfileUrl(input.profileUrl) === null) problems.push('profileUrl');
  return problems;
}

/** Trimmed, with a safe profile link; throws when the input breaks a rule (the UI checks first). */
export function normalizeContact(input: ContactInput): ContactInput {
  const problems = contactProblems(input);
  if (problems.length > 0) throw new Error(`This contact can’t be saved yet (${problems.join(', ')}).`);
  return {
    name: input.name.trim(),
    role: input.role.trim(),
    email: input.email.trim(),
    profileUrl: safeProfileUrl(input.profileUrl) ?? '',
  };
}

/** "Jane Doe (Recruiter)", or the email when there is no name. */
export function contactLabel(contact: Pick<Contact, 'name' | 'role' | 'email'>): string {
  const who = contact.name || contact.email || 'a contact';
  return contact.role ? `${who} (${contact.role})` : who;
}
