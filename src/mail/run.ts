/**
 * The mail script: opened message → classify (here, in the page's isolated world) → ask the
 * background whether to offer it and for which applications → chip. Emails that are not replies to an
 * application ("other") never leave this script. What is sent is what the chip shows, the sender,
 * the date and a link; the message id only as a SHA-256 hash.
 */
import { classifyEmail } from '../core/reply/classify';
import { statedDate } from '../core/reply/find-date';
import type { MailReading, MailSeen } from '../shared/mail-messages';
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
  const reading = classifyEmail(message);
  if (reading.label === 'other') return;
  const { label, sentence, company, jobTitle, jobId } = reading;
  const mailReading: MailReading = { label, sentence: clipTo(sentence, 400), company: clipTo(company, 300), jobTitle: clipTo(jobTitle, 300), jobId: clipTo(jobId, 100) };
  const email: MailSeen = {
    subject: clipTo(message.subject, 500),
    fromName: clipTo(message.fromName, 300),
    fromAddress: clipTo(message.fromAddress, 320),
    date: message.date,
    when: statedDate(label, sentence, message.body, Date.now()),
    link: message.link.length <= 2048 ? message.link : '',
  };
  const key = await sha256(`${reader.provider}:${message.messageId}`);
  const reply = await send({ type: 'mail/offer', key, reading: mailReading, email });
  if (!reply.ok || !reply.value.offer || !isCurrent()) return;
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
