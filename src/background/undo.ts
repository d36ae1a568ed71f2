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

/** Keep what Undo needs under `token` (the capture's id, so a retry of it finds the same one). */
export async function rememberUndo(entry: UndoEntry, token: string = crypto.randomUUID()): Promise<string> {
  await browser.storage.session.set({ [KEY_PREFIX + token]: entry });
  return token;
}

/** Is an Undo kept under this token? */
export async function hasUndo(token: string): Promise<boolean> {
  const key = KEY_PREFIX + token;
  return key in (await browser.storage.session.get(key));
}

export async function takeUndo(token: string, now = Date.now()): Promise<UndoEntry | undefined> {
  const key = KEY_PREFIX + token;
  const stored = (await browser.storage.session.get(key))[key] as UndoEntry | undefined;
  await browser.storage.session.remove(key);
  if (!stored || now - stored.capturedAt > MAX_AGE_MS) return undefined;
  return stored;
}
