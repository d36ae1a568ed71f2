/** What a webmail reader finds of the one message the person opened. Read-only; no browser APIs beyond the DOM. */
import type { MailProvider } from '../core/reply/providers';

export interface OpenedMessage {
  /** The provider's own id of the message (hashed before it leaves the page). */
  messageId: string;
  subject: string;
  fromName: string;
  fromAddress: string;
  /** Sent time in ms, when the page shows one that parses. */
  date: number | null;
  /** Visible text of the newest message only. */
  body: string;
  /** Where to find it again. */
  link: string;
}

export interface MailReader {
  provider: MailProvider;
  /** Does the address say a message is open? Cheap: checked on every navigation. */
  messageOpen(location: Location): boolean;
  /** Where the message renders: the observer watches only this. */
  region(doc: Document): Element | null;
  /** The opened message, or null while it is not (yet) on the page. */
  read(doc: Document, location: Location): OpenedMessage | null;
  /** The element the chip goes after (the subject line), when there is one. */
  anchor(doc: Document): Element | null;
}
