/**
 * The thank-you note that asks for feedback, and the mailto: link that opens it in a mail client.
 * Short, gracious and specific: people answer notes like this more often than a bare "why?".
 */
import type { DebriefContact } from './types';

export interface NoteSource {
  company: string;
  title: string;
}

export interface DraftNote {
  subject: string;
  body: string;
}

function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? '';
}

export function draftThankYouNote(application: NoteSource, contact: DebriefContact | null): DraftNote {
  const company = application.company.trim();
  const role = application.title.trim();
  const name = contact ? firstName(contact.name) : '';
  const greeting = name ? `Hi ${name},` : 'Hello,';
  const theRole = role ? `the ${role} role` : 'the role';
  const atCompany = company ? ` at ${company}` : '';
  const team = company ? `the ${company} team` : 'your team';
  const subject = role || company ? `Thank you: ${[role, company].filter(Boolean).join(' at ')}` : 'Thank you for your time';
  const body = [
    greeting,
    '',
    `Thank you for letting me know your decision about ${theRole}${atCompany}, and for the time you and ${team} gave me. I enjoyed learning about the work.`,
    '',
    'If you have a few minutes, I would really value your feedback: what made the difference in choosing the other candidate, and is there anything I could do to strengthen my application in the future?',
    '',
    `I would be glad to be considered for future openings${atCompany}.`,
    '',
    'Thank you again,',
  ].join('\n');
  return { subject, body };
}

/** A plausible single address: no spaces, no separators a mail client would split on. */
export function isPlausibleEmail(email: string): boolean {
  return /^[^\s@,;<>()[\]\\"]+@[^\s@,;<>()[\]\\"]+\.[^\s@,;<>()[\]\\"]+$/.test(email.trim());
}

/**
 * RFC 6068 mailto: the address in the path, subject and body as percent-encoded query values, line
 * breaks as %0D%0A. An address that does not look like one address is left out rather than letting
 * it add headers or recipients.
 */
export function mailtoLink(to: string, subject: string, body: string): string {
  const address = isPlausibleEmail(to) ? to.trim() : '';
  const [local = '', domain = ''] = address.split('@');
  const path = address ? `${encodeURIComponent(local)}@${encodeURIComponent(domain)}` : '';
  const encode = (value: string) => encodeURIComponent(value.replace(/\r?\n/g, '\r\n'));
  return `mailto:${path}?subject=${encode(subject)}&body=${encode(body)}`;
}
