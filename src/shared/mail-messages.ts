/**
 * The mail script's requests (part of the one protocol in messages.ts). The opened message's text
 * goes to the background once, to be classified there (the classifier's phrase tables are too heavy
 * for a script that sits in every webmail tab); it is never stored. What is stored is what the chip
 * shows, the sender, the date and a link back to the message.
 */
import { z } from 'zod';
import { isMailLink, MAIL_PROVIDER_IDS } from '../core/reply/providers';
import { MAX_BODY_CHARS } from '../core/reply/limits';

const text = (max: number) => z.string().max(max);
const ms = z.number().int().nonnegative().nullable();

export const mailProviderSchema = z.enum(MAIL_PROVIDER_IDS as [string, ...string[]]);
/** SHA-256 of the provider's message id, in hex: the email is offered once, and its id is not kept. */
const messageKey = z.string().regex(/^[0-9a-f]{64}$/, 'a hashed message id');

export const mailReadingSchema = z.object({
  label: z.enum(['rejection', 'offer', 'interview', 'assessment', 'acknowledgement']),
  sentence: text(400),
  company: text(300),
  jobTitle: text(300),
  jobId: text(100),
});

export const mailSeenSchema = z.object({
  subject: text(500),
  fromName: text(300),
  fromAddress: text(320),
  /** When it was sent, as the page shows it. */
  date: ms,
  /** A date the email states for an interview or a deadline. */
  when: ms,
  link: text(2048).refine((url) => url === '' || isMailLink(url), 'must be a Gmail or Outlook address'),
});

/** The opened message as read, for classifying: the body only as far as the classifier reads. */
export const mailOpenedSchema = mailSeenSchema.omit({ when: true }).extend({ body: text(MAX_BODY_CHARS) });

export const mailRequestSchemas = [
  /** Mail script: a message was opened; is it an employer reply to offer, and for which applications? */
  z.object({ type: z.literal('mail/offer'), key: messageKey, email: mailOpenedSchema }),
  /** Mail script: the person clicked a chip button. */
  z.object({
    type: z.literal('mail/file'),
    key: messageKey,
    action: z.enum(['file', 'add', 'dismiss']),
    applicationId: z.string().max(100).optional(),
    reading: mailReadingSchema,
    email: mailSeenSchema,
  }),
  z.object({ type: z.literal('mail/undo'), token: z.string().uuid() }),
  /** Mail script: an opened message could not be read (counted on this computer only). */
  z.object({ type: z.literal('mail/unreadable'), provider: mailProviderSchema }),
  /** Mail script: open the debrief of an application just marked rejected. */
  z.object({ type: z.literal('mail/debrief'), applicationId: z.string().min(1).max(100) }),
] as const;

export type MailReading = z.infer<typeof mailReadingSchema>;
export type MailSeen = z.infer<typeof mailSeenSchema>;
export type MailOpened = z.infer<typeof mailOpenedSchema>;

export interface MailCandidate {
  applicationId: string;
  title: string;
  company: string;
  stage: string;
}

export interface MailOffer {
  offer: boolean;
  /** What the classifier found (null when there is nothing to offer). */
  reading: MailReading | null;
  /** A date the email states for an interview or a deadline. */
  when: number | null;
  /** Best first. */
  candidates: MailCandidate[];
  /** More than one plausible: the person picks. */
  pick: boolean;
  /** Applications at "offer" (for the two-offers note). */
  offers: number;
}

export interface MailFiled {
  applicationId: string | null;
  undoToken: string | null;
  /** A debrief was opened (a rejection): the chip offers it. */
  debrief: boolean;
  offers: number;
}

export interface MailResponseMap {
  'mail/offer': MailOffer;
  'mail/file': MailFiled;
  'mail/undo': { undone: boolean };
  'mail/unreadable': Record<string, never>;
  'mail/debrief': Record<string, never>;
}
