/**
 * Captures survive a sleeping (or restarting) service worker and a page that closes: each capture gets
 * an id and is sent, and retried with backoff, until the background acknowledges the write. A capture
 * still unanswered when the first retry is due (the worker is asleep or busy), or when the page starts
 * to go (hidden, navigating away, closing), is handed to the background's outbox: storage the
 * background drains when it wakes (src/background/outbox.ts). Not before: that storage write costs
 * more than the whole save, and an awake worker has answered long before. The id makes every retry and
 * the outbox's copy one capture: the store writes it once. An answer with a final code (the message
 * itself is wrong) stops the retries.
 */
import { isFinalError } from '../shared/error-codes';
import type { CaptureReply, Reply, Request } from '../shared/messages';

export type SaveRequest = Extract<Request, { type: 'capture/save' }>;
/** A capture as the page decides it; the outbox gives it its id. */
export type CaptureRequest = Omit<SaveRequest, 'captureId'>;

export interface DeliverDeps {
  send(request: SaveRequest): Promise<Reply<'capture/save'>>;
  sleep(ms: number): Promise<void>;
  /** Keep the capture where the background finds it even if this page is gone before it answers. */
  handOver(request: SaveRequest): Promise<void>;
  /**
   * Calls `then` once, inside the event, when this page next starts to go away (at once if it is
   * hidden now); returns a way to stop waiting for that.
   */
  onLeaving(then: () => void): () => void;
  newId(): string;
}

export type DeliverResult = { ok: true; ack: CaptureReply } | { ok: false; error: string };

export const BACKOFF_MS = [250, 500, 1000, 2000, 4000, 8000, 8000, 8000, 8000, 8000, 8000, 8000];
/** Unanswered when its first retry is due, a capture is handed over: the worker is asleep or busy. */
export const HAND_OVER_AFTER_MS = BACKOFF_MS[0]!;

export async function deliverWithRetry(request: SaveRequest, deps: DeliverDeps, backoff = BACKOFF_MS): Promise<DeliverResult> {
  let lastError = 'Rebound could not be reached.';
  for (let attempt = 0; attempt <= backoff.length; attempt++) {
    if (attempt > 0) await deps.sleep(backoff[attempt - 1]!);
    try {
      const reply = await deps.send(request);
      if (reply.ok) return { ok: true, ack: reply.value };
      lastError = reply.error;
      if (isFinalError(reply.code)) break;
    } catch (error) {
      // "Receiving end does not exist" while the worker restarts, or an extension reload: try again.
      lastError = error instanceof Error ? error.message : String(error);
    }
  }
  return { ok: false, error: lastError };
}

/** A capture's identity: one job in one stage. */
export function captureKey(request: CaptureRequest): string {
  const { board, jobId, url } = request.draft;
  return `${request.stage}|${board && jobId ? `${board}:${jobId}` : url}`.toLowerCase();
}

/** Sends each capture at most once to completion per document; a second ask for it shares the first. */
export class CaptureOutbox {
  private readonly sent = new Map<string, Promise<DeliverResult>>();
  /** One id per capture for the whole document: asked again later ("Yes" once more), it is the same capture. */
  private readonly ids = new Map<string, string>();

  constructor(private readonly deps: DeliverDeps) {}

  deliver(capture: CaptureRequest): Promise<DeliverResult> {
    const key = captureKey(capture);
    const existing = this.sent.get(key);
    if (existing) return existing;
    const captureId = this.ids.get(key) ?? this.deps.newId();
    this.ids.set(key, captureId);
    const request: SaveRequest = { ...capture, captureId };
    let waiting = true;
    let stopWaiting = () => {};
    // Called inside the page's last event when it goes: a promise job queued there may never run.
    const handOver = () => {
      if (!waiting) return;
      waiting = false;
      stopWaiting();
      // Storage refused (full, say): the message path alone still delivers while the page lives.
      void this.deps.handOver(request).catch(() => undefined);
    };
    stopWaiting = this.deps.onLeaving(handOver);
    const pending = deliverWithRetry(request, this.deps).then((result) => {
      waiting = false;
      stopWaiting();
      // A failed delivery, or one answered with a question, may be sent again later (after "Yes").
      if (!result.ok || 'question' in result.ack) this.sent.delete(key);
      return result;
    });
    void this.deps.sleep(HAND_OVER_AFTER_MS).then(handOver);
    this.sent.set(key, pending);
    return pending;
  }
}
