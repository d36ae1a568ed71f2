/**
 * Undo tokens for captures. Kept in storage.session, not in memory, so an Undo clicked after the
 * service worker went to sleep still works. Each entry holds only what Undo needs (see CaptureUndo:
 * no whole records), and expired entries are removed whenever a new one is stored, so the session
 * area (10 MiB for everything) never fills up with them.
 */
import browser from '../shared/browser';
import type { CaptureUndo } from '../db/repository';

const KEY_PREFIX = 'undo:';
/** Undo is offered in the toast for a short while; older tokens are dropped. */
export const UNDO_MAX_AGE_MS = 30 * 60 * 1000;

/**
 * Keep what Undo needs under `token` (the capture's id, so a retry of it finds the same one). Any undoable
 * change may use these tokens (captures, replies filed from an email): it needs only its time.
 */
export async function rememberUndo<T extends { capturedAt: number } = CaptureUndo>(
  entry: T,
  token: string = crypto.randomUUID(),
  now = Date.now(),
): Promise<string> {
  // Pruning is housekeeping: it never stands between a capture and its Undo.
  await pruneUndo(now).catch(() => undefined);
  await browser.storage.session.set({ [KEY_PREFIX + token]: entry });
  return token;
}

/** Is an Undo kept under this token? */
export async function hasUndo(token: string): Promise<boolean> {
  const key = KEY_PREFIX + token;
  return key in (await browser.storage.session.get(key));
}

/** Remove every undo entry older than the time Undo is offered for. */
export async function pruneUndo(now = Date.now()): Promise<void> {
  const all = (await browser.storage.session.get(null)) as Record<string, unknown>;
  const expired = Object.entries(all)
    .filter(([key, value]) => key.startsWith(KEY_PREFIX) && !(now - ((value as { capturedAt?: number } | undefined)?.capturedAt ?? 0) <= UNDO_MAX_AGE_MS))
    .map(([key]) => key);
  if (expired.length) await browser.storage.session.remove(expired);
}

export async function takeUndo<T extends { capturedAt: number } = CaptureUndo>(token: string, now = Date.now()): Promise<T | undefined> {
  const key = KEY_PREFIX + token;
  const stored = (await browser.storage.session.get(key))[key] as T | undefined;
  await browser.storage.session.remove(key);
  if (!stored || now - stored.capturedAt > UNDO_MAX_AGE_MS) return undefined;
  return stored;
}
