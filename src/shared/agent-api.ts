/** The page agent's interface, as the background calls it after injecting an agent file into a frame. */
import type { CaptureAck, DetectResult } from './messages';

export interface ToastRequest {
  /**
   * "saved" after a save, "applied" after a submission was recorded, "ask" when the signal is weak,
   * "same-job" when the record it would change was first seen on another site (`message`: that site),
   * "which-job" when the application was recorded and several saved jobs could be it (`ack.choices`).
   */
  kind: 'saved' | 'applied' | 'ask' | 'same-job' | 'which-job' | 'error';
  title: string;
  company: string;
  ack?: CaptureAck;
  message?: string;
}

/** What the injected agent exposes (as globalThis.__reboundAgent in the isolated world). */
export interface AgentApi {
  /** The sites whose readers this agent carries (agent-<site>.js: that one; the generic agent.js: those
   *  recognised away from their own hosts). */
  sites: readonly string[];
  detect(): DetectResult;
  watch(): void;
  toast(request: ToastRequest): void;
  status(): AgentStatus;
}

export interface AgentStatus {
  /** Looks at the page (on arrival, after changes). */
  checks: number;
  /** Trusted submit events, and submits that counted as the person's (see activation.ts). */
  submitsSeen: number;
  submitsCounted: number;
  /** Captures this document decided to record, and of those, the ones handed to the outbox. */
  deliveries: number;
  handedOver: number;
}
