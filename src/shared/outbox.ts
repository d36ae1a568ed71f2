/**
 * The capture outbox: a page agent writes a capture here (chrome.storage.local, which lives in the
 * browser, not in the page or the service worker) when the background has not answered it by the time
 * its first retry is due, or as the page goes (src/agent/deliver.ts), so a capture survives its tab
 * closing while the service worker sleeps. The background removes an entry once the capture is in the
 * store, and drains what is left whenever it wakes (src/background/outbox.ts).
 */
export const OUTBOX_PREFIX = 'outbox:';

export interface OutboxEntry {
  /** The capture/save request as the agent would send it (parsed again by the background). */
  request: unknown;
  /** The address of the page that saw it: what a message's sender would have said. */
  pageUrl: string;
  at: number;
}

export const outboxKey = (captureId: string) => OUTBOX_PREFIX + captureId;
