/** The page agent's interface, as the background calls it after injecting dist/agent.js into a frame. */
import type { CaptureAck, DetectResult } from './messages';

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
