/**
 * Noticing the opened message. Idle while no message is open: only the address is looked at (on
 * hashchange, popstate, and a 500 ms look at location.href, since Outlook navigates with pushState
 * that an isolated world cannot hook). Once the address says a message is open, a MutationObserver on
 * the message region waits for it to render, debounced; it is disconnected when the message closes.
 * A message that cannot be read after a few seconds is reported once, never guessed at.
 */
import type { MailReader, OpenedMessage } from './types';

const DEBOUNCE_MS = 150;
const POLL_MS = 500;
export const UNREADABLE_AFTER_MS = 4000;

export interface MailWatchHandlers {
  onMessage(message: OpenedMessage): void;
  onUnreadable(): void;
  /** The message closed (or another opened): take the chip away. */
  onClose(): void;
}

export function watchMail(reader: MailReader, handlers: MailWatchHandlers, win: Window = window): () => void {
  let observer: MutationObserver | null = null;
  let debounce: ReturnType<typeof setTimeout> | undefined;
  let giveUp: ReturnType<typeof setTimeout> | undefined;
  let href = '';
  let shownId = '';

  const close = () => {
    observer?.disconnect();
    observer = null;
    clearTimeout(debounce);
    clearTimeout(giveUp);
    if (shownId) handlers.onClose();
    shownId = '';
  };

  const read = () => {
    if (!reader.messageOpen(win.location)) return close();
    let message: OpenedMessage | null = null;
    try {
      message = reader.read(win.document, win.location);
    } catch {
      message = null;
    }
    if (!message || message.messageId === shownId) return;
    clearTimeout(giveUp);
    if (shownId) handlers.onClose();
    shownId = message.messageId;
    handlers.onMessage(message);
  };

  const navigated = () => {
    if (win.location.href === href) return;
    href = win.location.href;
    close();
    if (!reader.messageOpen(win.location)) return;
    const region = reader.region(win.document) ?? win.document.body;
    observer = new MutationObserver(() => {
      clearTimeout(debounce);
      debounce = setTimeout(read, DEBOUNCE_MS);
    });
    observer.observe(region, { childList: true, subtree: true });
    giveUp = setTimeout(() => {
      if (!shownId && reader.messageOpen(win.location)) handlers.onUnreadable();
    }, UNREADABLE_AFTER_MS);
    debounce = setTimeout(read, DEBOUNCE_MS);
  };

  win.addEventListener('hashchange', navigated);
  win.addEventListener('popstate', navigated);
  const poll = setInterval(navigated, POLL_MS);
  navigated();
  return () => {
    close();
    clearInterval(poll);
    win.removeEventListener('hashchange', navigated);
    win.removeEventListener('popstate', navigated);
  };
}
