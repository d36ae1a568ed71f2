/** Storage keys of reading replies (chrome.storage.local), shared by the background and the options page. */
import type { MailProvider } from '../core/reply/providers';

/** Each provider's opt-in switch: { gmail: true }. */
export const MAIL_READERS_KEY = 'mailReaders';
export type MailReaders = Partial<Record<MailProvider, boolean>>;

/** Hashes of emails already offered, with when: { [sha256]: ms }. "Forget processed emails" clears it. */
export const MAIL_SEEN_KEY = 'mailSeen';
/** Opened messages the mail script could not read, per provider, counted on this computer only. */
export const MAIL_UNREADABLE_KEY = 'mailUnreadable';
