/**
 * The one message protocol between content scripts, the page agent, the popup, the options page and
 * the background. Every request is parsed with these schemas in the background before anything is
 * written: a malformed message gets a clear error back and changes nothing.
 */
import { z } from 'zod';
import { STAGES, WORK_MODES, type PageKind } from '../core/types';
import type { ErrorCode } from './error-codes';
import { mailRequestSchemas, type MailResponseMap } from './mail-messages';

export { ERROR_CODES, isFinalError, type ErrorCode } from './error-codes';

// Extension pages forbid eval; tell zod not to try its eval-based fast path.
z.config({ jitless: true });

const text = (max: number) => z.string().max(max);

/** http(s) URLs only: a javascript: or data: URL is never stored as a posting. */
const webUrl = z
  .string()
  .max(4096)
  .refine((value) => {
    try {
      const { protocol } = new URL(value);
      return protocol === 'https:' || protocol === 'http:';
    } catch {
      return false;
    }
  }, 'must be an http(s) address');

export const jobDraftSchema = z.object({
  title: text(500),
  company: text(300),
  location: text(500),
  salary: text(300),
  employmentType: text(100),
  workMode: z.enum(WORK_MODES).nullable(),
  board: text(60),
  jobId: text(200),
  url: webUrl,
  description: text(200_000),
  /** The board's outbound apply address, where the page shows one (SiteReader.applyUrl). */
  applyUrl: webUrl.optional(),
});


export const stageSchema = z.enum(STAGES);

/**
 * What the page agent saw of one job in a tab, kept by the background across page loads: the posting
 * seen before its form, and a submit seen before the confirmation page loads. Timestamps are ms.
 */
export const recentJobSchema = z.object({
  draft: jobDraftSchema,
  submittedAt: z.number().int().nonnegative().nullable(),
  recordedAt: z.number().int().nonnegative().nullable(),
});
export type RecentJob = z.infer<typeof recentJobSchema>;

export const requestSchema = z.discriminatedUnion('type', [
  /** Save a job: from the popup, or from the page agent when it sees a posting or a submission. */
  z.object({
    type: z.literal('capture/save'),
    draft: jobDraftSchema,
    stage: z.enum(['saved', 'applied']),
    trigger: z.enum(['popup', 'shortcut', 'context-menu', 'posting', 'submission']),
    /** One per capture, made by the sender: a retry of the same capture is recognised and adds nothing. */
    captureId: z.string().uuid(),
    /** The person said this is the same job as that record, first seen on another site: update it. */
    sameAs: z.string().max(100).optional(),
  }),
  /** Page agent: remember what this tab saw of a job (when given), and read back what is remembered. */
  z.object({ type: z.literal('capture/recent'), remember: recentJobSchema.optional() }),
  /**
   * The toast's answer: the record a capture just made (`applicationId`) is the job saved before as
   * `into` (one of the acknowledgement's `choices`): join them into that one.
   */
  z.object({ type: z.literal('capture/same-job'), applicationId: z.string().min(1).max(100), into: z.string().min(1).max(100) }),
  /** Undo an automatic capture, by the token its acknowledgement carried. */
  z.object({ type: z.literal('capture/undo'), token: z.string().uuid() }),
  /** Popup: run extraction on the active tab and return what was found, saving nothing. */
  z.object({ type: z.literal('tab/detect'), tabId: z.number().int().nonnegative() }),
  /** Thin content script: this frame looks like a job page, load the page agent into it. */
  z.object({ type: z.literal('agent/load') }),
  /** Open the options page, optionally at one application. */
  z.object({ type: z.literal('options/open'), applicationId: z.string().max(100).optional() }),
  /** Settings page: show a sample notification now. */
  z.object({ type: z.literal('nudges/test') }),
  /** Popup's "Not now": snooze one nudge (by its key) for some days. */
  z.object({ type: z.literal('nudges/snooze'), key: z.string().min(1).max(300), days: z.number().int().min(1).max(60) }),
  /** Popup: compute the next steps again and store them (chrome.storage.local "nextSteps"). */
  z.object({ type: z.literal('nudges/refresh') }),
  /** Settings page: pause every notification for some days; 0 resumes. */
  z.object({ type: z.literal('nudges/pause'), days: z.number().int().min(0).max(60) }),
  /** Replies read in webmail (src/shared/mail-messages.ts). */
  ...mailRequestSchemas,
]);

export type Request = z.infer<typeof requestSchema>;
export type RequestType = Request['type'];

export interface CaptureAck {
  applicationId: string;
  created: boolean;
  stage: z.infer<typeof stageSchema>;
  /** null when Undo could not be kept for this capture (short-lived storage full): no Undo is offered. */
  undoToken: string | null;
  /**
   * The record updated was first seen on another site (the job saved from LinkedIn, applied to on
   * Greenhouse): that site's name, for the toast ("Added to the job you saved from LinkedIn").
   */
  joinedFrom?: string;
  /**
   * Several saved jobs could be this one: the capture was kept as a record of its own (nothing is
   * lost without an answer) and the toast asks which one it is (capture/same-job joins them).
   */
  choices?: SameJobChoice[];
}

/** A saved record the toast offers as "the job you saved": enough to recognise it. */
export interface SameJobChoice {
  applicationId: string;
  title: string;
  company: string;
  /** Where it was saved, as people say it ("LinkedIn"), or "". */
  site: string;
  savedAt: number;
}

/**
 * A page's capture that would change a record first seen on another site: nothing was written; the
 * agent asks the person whether it is the same job (and sends it again with `sameAs` if it is).
 */
export interface CaptureQuestion {
  question: 'same-job';
  applicationId: string;
  title: string;
  company: string;
  /** The host the record came from. */
  site: string;
}

export type CaptureReply = CaptureAck | CaptureQuestion;

export interface DetectResult {
  page: PageKind;
  draft: z.infer<typeof jobDraftSchema>;
}

/** What each request answers with when it succeeds. */
export interface ResponseMap extends MailResponseMap {
  'capture/save': CaptureReply;
  /** changedSince: the record was changed after the capture, so Undo kept it. */
  'capture/undo': { undone: boolean; changedSince?: boolean };
  /** joined: the two records are one now; false when that was no longer possible (nothing changed). */
  'capture/same-job': { joined: boolean };
  'capture/recent': RecentJob | null;
  'tab/detect': DetectResult;
  'agent/load': { loaded: boolean };
  'options/open': Record<string, never>;
  'nudges/test': Record<string, never>;
  'nudges/snooze': Record<string, never>;
  'nudges/pause': Record<string, never>;
  'nudges/refresh': Record<string, never>;
}

export type Failure = { ok: false; code: ErrorCode; error: string };
export type Reply<T extends RequestType> = { ok: true; value: ResponseMap[T] } | Failure;

/** A handler's refusal that is final (e.g. a manual trigger sent by a page): the router answers `forbidden`. */
export class ForbiddenRequest extends Error {}

/** Turn a schema failure into one sentence a person (or a developer) can act on. */
export function describeIssues(error: z.ZodError): string {
  const first = error.issues[0];
  if (!first) return 'The message was not understood.';
  const where = first.path.length ? ` (${first.path.join('.')})` : '';
  return `The message was not understood${where}: ${first.message}.`;
}

export function parseRequest(raw: unknown): { ok: true; request: Request } | Failure {
  const parsed = requestSchema.safeParse(raw);
  return parsed.success ? { ok: true, request: parsed.data } : { ok: false, code: 'invalid', error: describeIssues(parsed.error) };
}
