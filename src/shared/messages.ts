/**
 * The one message protocol between content scripts, the page agent, the popup, the options page and
 * the background. Every request is parsed with these schemas in the background before anything is
 * written: a malformed message gets a clear error back and changes nothing.
 */
import { z } from 'zod';
import { STAGES, WORK_MODES } from '../core/types';

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
});

export const PAGE_KINDS = ['posting', 'application', 'confirmation', 'listing', 'other'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

export const stageSchema = z.enum(STAGES);

export const requestSchema = z.discriminatedUnion('type', [
  /** Save a job: from the popup, or from the page agent when it sees a posting or a submission. */
  z.object({
    type: z.literal('capture/save'),
    draft: jobDraftSchema,
    stage: z.enum(['saved', 'applied']),
    trigger: z.enum(['popup', 'shortcut', 'context-menu', 'posting', 'submission']),
  }),
  /** Undo an automatic capture, by the token its acknowledgement carried. */
  z.object({ type: z.literal('capture/undo'), token: z.string().uuid() }),
  /** Popup: run extraction on the active tab and return what was found, saving nothing. */
  z.object({ type: z.literal('tab/detect'), tabId: z.number().int().nonnegative() }),
  /** Thin content script: this frame looks like a job page, load the page agent into it. */
  z.object({ type: z.literal('agent/load') }),
  /** Open the options page, optionally at one application. */
  z.object({ type: z.literal('options/open'), applicationId: z.string().max(100).optional() }),
]);

export type Request = z.infer<typeof requestSchema>;
export type RequestType = Request['type'];

export interface CaptureAck {
  applicationId: string;
  created: boolean;
  stage: z.infer<typeof stageSchema>;
  undoToken: string;
}

export interface DetectResult {
  page: PageKind;
  draft: z.infer<typeof jobDraftSchema>;
}

/** What each request answers with when it succeeds. */
export interface ResponseMap {
  'capture/save': CaptureAck;
  'capture/undo': { undone: boolean };
  'tab/detect': DetectResult;
  'agent/load': { loaded: boolean };
  'options/open': Record<string, never>;
}

export type Reply<T extends RequestType> = { ok: true; value: ResponseMap[T] } | { ok: false; error: string };

/** Turn a schema failure into one sentence a person (or a developer) can act on. */
export function describeIssues(error: z.ZodError): string {
  const first = error.issues[0];
  if (!first) return 'The message was not understood.';
  const where = first.path.length ? ` (${first.path.join('.')})` : '';
  return `The message was not understood${where}: ${first.message}.`;
}

export function parseRequest(raw: unknown): { ok: true; request: Request } | { ok: false; error: string } {
  const parsed = requestSchema.safeParse(raw);
  return parsed.success ? { ok: true, request: parsed.data } : { ok: false, error: describeIssues(parsed.error) };
}
