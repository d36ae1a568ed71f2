/**
 * The mail script: opened message → the background classifies it and matches it to applications
 * (the phrase tables stay out of this script, which sits in every webmail tab) → chip. The text is
 * not stored anywhere; the message id leaves this script only as a SHA-256 hash.
 */
import { MAX_BODY_CHARS } from '../core/reply/limits';
import type { MailOpened, MailSeen } from '../shared/mail-messages';
import { send } from '../shared/send';
import { removeChip, showChip, showUnreadable } from './chip';
import type { MailReader, OpenedMessage } from './types';
import { watchMail } from './watch';

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

const clipTo = (text: string, max: number) => text.slice(0, max);

async function offer(reader: MailReader, message: OpenedMessage, isCurrent: () => boolean): Promise<void> {
  const opened: MailOpened = {
    subject: clipTo(message.subject, 500),
    fromName: clipTo(message.fromName, 300),
    fromAddress: clipTo(message.fromAddress, 320),
    date: message.date,
    link: message.link.length <= 2048 ? message.link : '',
    body: clipTo(message.body, MAX_BODY_CHARS),
  };
  const key = await sha256(`${reader.provider}:${message.messageId}`);
  const reply = await send({ type: 'mail/offer', key, email: opened });
  if (!reply.ok || !reply.value.offer || !reply.value.reading || !isCurrent()) return;
  const mailReading = reply.value.reading;
  const { body: _body, ...seen } = opened;
  const email: MailSeen = { ...seen, when: reply.value.when };
  let undoToken: string | null = null;
  let applicationId: string | null = null;
  showChip(reader.anchor(document), mailReading, reply.value, {
    async file(target) {
      const filed = await send({ type: 'mail/file', key, action: target ? 'file' : 'add', applicationId: target ?? undefined, reading: mailReading, email });
      if (!filed.ok) return { ok: false, debrief: false, offers: 0, canUndo: false };
      undoToken = filed.value.undoToken;
      applicationId = filed.value.applicationId;
      return { ok: true, debrief: filed.value.debrief, offers: filed.value.offers, canUndo: undoToken !== null };
    },
    async dismiss() {
      await send({ type: 'mail/file', key, action: 'dismiss', reading: mailReading, email });
    },
    async undo() {
      if (!undoToken) return false;
      const undone = await send({ type: 'mail/undo', token: undoToken });
      return undone.ok && undone.value.undone;
    },
    openDebrief() {
      if (applicationId) void send({ type: 'mail/debrief', applicationId });
    },
  });
}

export function startMail(reader: MailReader): void {
  let currentId = '';
  watchMail(reader, {
    onMessage(message) {
      currentId = message.messageId;
      void offer(reader, message, () => currentId === message.messageId).catch(() => undefined);
    },
    onUnreadable() {
      showUnreadable(reader.anchor(document));
      void send({ type: 'mail/unreadable', provider: reader.provider }).catch(() => undefined);
    },
    onClose() {
      currentId = '';
      removeChip();
    },
  });
}
