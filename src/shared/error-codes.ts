/**
 * Why a request failed, for code to act on (the sentence beside it is for people, and may change):
 * - `invalid`: the message does not match the protocol; sending it again cannot help;
 * - `forbidden`: this sender may not make this request (or not this way); final too;
 * - `failed`: the background tried and something went wrong (storage busy, a tab gone): try again;
 * - `no-answer`: nothing answered (the worker restarting, the extension reloaded): try again.
 *
 * Apart from messages.ts because the page agent needs these and nothing of the message schemas:
 * importing them from there put the whole schema library into every job page (about 20 KB gzipped).
 */
export const ERROR_CODES = ['invalid', 'forbidden', 'failed', 'no-answer'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Failures that the same message will meet again: never worth a retry. */
export function isFinalError(code: ErrorCode): boolean {
  return code === 'invalid' || code === 'forbidden';
}
