/**
 * Captures survive a sleeping (or restarting) service worker: the request is retried with backoff until
 * the background acknowledges the write. An answer that says the message itself is wrong is final —
 * sending it again would not help. Once acknowledged, the same capture is never sent again.
 */
import { isFinalError, type CaptureAck, type Reply, type Request } from '../shared/messages';

type SaveRequest = Extract<Request, { type: 'capture/save' }>;

export interface DeliverDeps {
  send(request: SaveRequest): Promise<Reply<'capture/save'>>;
  sleep(ms: number): Promise<void>;
}

export type DeliverResult = { ok: true; ack: CaptureAck } | { ok: false; error: string };

export const BACKOFF_MS = [250, 500, 1000, 2000, 4000, 8000, 8000, 8000, 8000, 8000, 8000, 8000];

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
export function captureKey(request: SaveRequest): string {
  const { board, jobId, url } = request.draft;
  return `${request.stage}|${board && jobId ? `${board}:${jobId}` : url}`.toLowerCase();
}

/** Sends each capture at most once to completion per document; a second ask for it shares the first. */
export class CaptureOutbox {
  private readonly sent = new Map<string, Promise<DeliverResult>>();

  constructor(private readonly deps: DeliverDeps) {}

  deliver(request: SaveRequest): Promise<DeliverResult> {
    const key = captureKey(request);
    const existing = this.sent.get(key);
    if (existing) return existing;
    const pending = deliverWithRetry(request, this.deps).then((result) => {
      // A failed delivery may be tried again later (the person clicks "Yes" again, say).
      if (!result.ok) this.sent.delete(key);
      return result;
    });
    this.sent.set(key, pending);
    return pending;
  }
}
