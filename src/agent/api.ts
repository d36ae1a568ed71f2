import type { CaptureAck, DetectResult } from '../shared/messages';

export interface ToastRequest {
  /** "saved" after a save, "applied" after a submission was recorded, "ask" when the signal is weak. */
  kind: 'saved' | 'applied' | 'ask' | 'error';
  title: string;
  company: string;
  ack?: CaptureAck;
  message?: string;
}

/** What the injected agent exposes (as globalThis.__reboundAgent in the isolated world). */
export interface AgentApi {
  detect(): DetectResult;
  watch(): void;
  toast(request: ToastRequest): void;
}
