/**
 * When has an application gone in? A pure state machine, fed by the page glue (watch.ts) with what it
 * sees, so the rules are testable with a fake clock and no page:
 *
 * - a submit of the real application form (a trusted click on the site's final submit control, or a
 *   trusted submit event), FOLLOWED by the ATS's own confirmation → record it ("applied");
 * - a confirmation without a submit seen (a revisited thank-you page, a flow that started in another
 *   tab) → only ask the person;
 * - a confirmation already showing when the submit happened never counts: it must *appear* after it
 *   (a rising edge), which is also why hidden success templates and old receipts stay silent.
 */

/** How long a seen submit waits for its confirmation (email codes and slow uploads take a while). */
export const SUBMIT_WINDOW_MS = 30 * 60 * 1000;

export interface SubmissionState {
  /** When the submit was seen, in this document or (recalled from the background) an earlier one. */
  submittedAt: number | null;
  /** Was a confirmation showing at the last look? Only a change from false to true counts. */
  confirmed: boolean;
  /** This run already recorded, asked, or was told the job is recorded: say nothing more. */
  settled: boolean;
}

export type SubmissionInput =
  | { type: 'submit'; at: number; confirmedNow: boolean }
  | { type: 'check'; at: number; confirmedNow: boolean }
  /** What the background remembered for this tab and job: a submit from the previous page, or that it is recorded. */
  | { type: 'recalled'; submittedAt: number | null; recordedAt: number | null };

export type SubmissionAction = 'none' | 'record' | 'ask';

export function initialSubmission(): SubmissionState {
  return { submittedAt: null, confirmed: false, settled: false };
}

export function stepSubmission(state: SubmissionState, input: SubmissionInput): { state: SubmissionState; action: SubmissionAction } {
  switch (input.type) {
    case 'recalled': {
      const recorded = input.recordedAt !== null && (input.submittedAt === null || input.recordedAt >= input.submittedAt);
      if (recorded) return { state: { ...state, settled: true }, action: 'none' };
      const submittedAt = Math.max(state.submittedAt ?? 0, input.submittedAt ?? 0) || null;
      return { state: { ...state, submittedAt }, action: 'none' };
    }
    case 'submit':
      // A new submit re-opens a settled run only if nothing was recorded or asked yet in it.
      return { state: { ...state, submittedAt: input.at, confirmed: input.confirmedNow }, action: 'none' };
    case 'check': {
      const rising = input.confirmedNow && !state.confirmed;
      const next = { ...state, confirmed: input.confirmedNow };
      if (!rising || state.settled) return { state: next, action: 'none' };
      const fresh = state.submittedAt !== null && input.at - state.submittedAt <= SUBMIT_WINDOW_MS && input.at >= state.submittedAt;
      return { state: { ...next, settled: true }, action: fresh ? 'record' : 'ask' };
    }
  }
}
