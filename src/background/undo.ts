/**
 * Undo tokens for automatic captures. Kept in storage.session, not in memory, so an Undo clicked after
 * the service worker went to sleep still works; they expire with the browser session.
 */
import browser from '../shared/browser';
import type { Application } from '../core/types';

export interface UndoEntry {
  applicationId: string;
  previous?: Application;
  capturedAt: number;
}

const KEY_PREFIX = 'undo:';
/** Undo is offered in the toast for a short while; older tokens are dropped. */
const MAX_AGE_MS = 30 * 60 * 1000;

export async function rememberUndo(entry: UndoEntry): Promise<string> {
  const token = crypto.randomUUID();
  await browser.storage.session.set({ [KEY_PREFIX + token]: entry });
  return token;
}

export async function takeUndo(token: string, now = Date.now()): Promise<UndoEntry | undefined> {
  const key = KEY_PREFIX + token;
  const stored = (await browser.storage.session.get(key))[key] as UndoEntry | undefined;
  await browser.storage.session.remove(key);
  if (!stored || now - stored.capturedAt > MAX_AGE_MS) return undefined;
  return stored;
}
