/**
 * Who the feedback note goes to, when the debrief has nobody yet: the application's first contact
 * with an email (a note needs an address), else its first with a name. What the debrief already
 * has always wins: the person may have chosen someone else.
 */
import type { Contact } from '../types';
import type { DebriefContact } from './types';

export function debriefContactFor(current: DebriefContact | null, contacts: readonly Contact[]): DebriefContact | null {
  if (current) return current;
  const chosen = contacts.find((c) => c.email.trim()) ?? contacts.find((c) => c.name.trim());
  return chosen ? { name: chosen.name.trim(), email: chosen.email.trim() } : null;
}
