/**
 * Gmail (mail.google.com): a handful of its short class names, stable since 2014–15 (gmail.js and
 * InboxSDK use the same ones; see WEBMAIL-SIGNALS.md). The thread lists messages oldest first; the
 * newest expanded one (it holds a body) is the one read.
 *   subject h2.hP · message div.adn.ads[data-message-id] · sender span.gD[email][name]
 *   date span.g3[title] · body div.a3s (inside div.ii.gt)
 */
import type { MailReader, OpenedMessage } from '../types';
import { parseShownDate, visibleText } from '../visible-text';

/** "#inbox/FMfcgzQ…", "#label/Jobs/FMfcg…", "#search/acme/FMfcg…": a thread id after the view. */
const THREAD_HASH = /^#[^?]*\/[A-Za-z0-9_-]{12,}$/;

export const gmailReader: MailReader = {
  provider: 'gmail',
  messageOpen: (location) => THREAD_HASH.test(location.hash),
  region: (doc) => doc.querySelector('[role="main"]'),
  anchor: (doc) => doc.querySelector('h2.hP'),
  read(doc, location): OpenedMessage | null {
    const messages = Array.from(doc.querySelectorAll<HTMLElement>('div.adn.ads'));
    const newest = messages.reverse().find((message) => message.querySelector('div.a3s'));
    const body = newest?.querySelector<HTMLElement>('div.a3s');
    const subject = doc.querySelector('h2.hP')?.textContent?.trim() ?? '';
    if (!newest || !body || !subject) return null;
    const sender = newest.querySelector('span.gD[email]') ?? newest.querySelector('[email]');
    const messageId = newest.getAttribute('data-legacy-message-id') || newest.getAttribute('data-message-id') || '';
    if (!messageId) return null;
    return {
      messageId,
      subject,
      fromName: sender?.getAttribute('name') ?? sender?.textContent?.trim() ?? '',
      fromAddress: sender?.getAttribute('email') ?? '',
      date: parseShownDate(newest.querySelector('span.g3')?.getAttribute('title')),
      body: visibleText(body),
      link: location.href,
    };
  },
};
