/** Saving jobs: from a page the user is on (popup, shortcut, context menu) or from the page agent. */
import { getDb } from '../db/schema';
import { joinSameJob, saveCapture, undoCapture, type CaptureUndo } from '../db/repository';
import { siteLabel } from '../core/site-labels';
import type { Application, EventSource, JobDraft } from '../core/types';
import { jobDraftSchema, type CaptureAck, type CaptureReply, type Request, type ResponseMap, type SameJobChoice } from '../shared/messages';
import { detectIn, showToastIn, type FrameTarget } from './agent';
import { hasUndo, rememberUndo, takeUndo } from './undo';
import { hostOf, siteOfAddress } from './site-of';
import browser from '../shared/browser';
import { outboxKey } from '../shared/outbox';

type Trigger = Extract<Request, { type: 'capture/save' }>['trigger'];

const SOURCE_OF: Record<Trigger, EventSource> = {
  popup: 'popup',
  shortcut: 'shortcut',
  'context-menu': 'context-menu',
  posting: 'auto',
  submission: 'auto',
};

/**
 * Every save path ends in saveDraft, so every draft meets the schema the message door checks, also
 * those the background reads itself (shortcut, context menu): a blob: or data: page is not a posting.
 */
export function checkedDraft(draft: unknown): JobDraft {
  const parsed = jobDraftSchema.safeParse(draft);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new Error(`This page cannot be saved as a job${issue?.path.length ? ` (${issue.path.join('.')})` : ''}: ${issue?.message ?? 'it was not understood'}.`);
}

/** Where a capture happened, and whether to look for the same job saved on another site. */
export interface CaptureContext {
  /** The page's address as the browser knows it; for the popup, shortcut and menu, the draft's own. */
  pageUrl?: string;
  /** An application seen on a page: match it to a job saved elsewhere (src/core/job-match.ts). */
  acrossSites?: boolean;
}

function choiceOf(app: Application): SameJobChoice {
  return { applicationId: app.id, title: app.title, company: app.company, site: siteLabel(siteOfAddress(app.postingUrl)), savedAt: app.savedAt };
}

/** A capture that may have to ask first: a record `holdIf` holds is left as it was. */
export interface HoldingContext extends CaptureContext {
  holdIf: (existing: Application) => boolean;
}

/**
 * Save one capture. `captureId` is the sender's id for it: a retry (the reply was lost, the worker
 * restarted) is recognised in the store and writes nothing more. Undo lives in storage.session, which
 * can be full: then the capture is still saved and said to be, only without an Undo. With `holdIf`, a
 * record it holds is not changed and the reply asks whether the capture is that job (the page's agent
 * asks the person, and sends the capture again with `sameAs` if it is); without, the reply is a save.
 */
export function saveDraft(unchecked: JobDraft, stage: 'saved' | 'applied', trigger: Trigger, captureId: string, context: HoldingContext): Promise<CaptureReply>;
export function saveDraft(unchecked: JobDraft, stage: 'saved' | 'applied', trigger: Trigger, captureId: string, context?: CaptureContext): Promise<CaptureAck>;
export async function saveDraft(
  unchecked: JobDraft,
  stage: 'saved' | 'applied',
  trigger: Trigger,
  captureId: string,
  context: CaptureContext & Partial<HoldingContext> = {},
): Promise<CaptureReply> {
  const draft = checkedDraft(unchecked);
  const capturedAt = Date.now();
  const site = siteOfAddress(context.pageUrl ?? draft.url);
  const result = await saveCapture(getDb(), draft, { source: SOURCE_OF[trigger], stage, now: capturedAt, captureId, site, acrossSites: context.acrossSites, holdIf: context.holdIf });
  const held = result.application;
  if (result.held) return { question: 'same-job', applicationId: held.id, title: held.title, company: held.company, site: hostOf(held.postingUrl) };
  const undoToken = result.undo ? await keepUndo(result.undo, captureId, capturedAt) : await keptUndo(captureId);
  const before = siteOfAddress(result.application.postingUrl);
  return {
    applicationId: result.application.id,
    created: result.created,
    stage: result.application.stage,
    undoToken,
    ...(!result.created && before && before !== site ? { joinedFrom: siteLabel(before) } : {}),
    ...(result.choices?.length ? { choices: result.choices.map(choiceOf) } : {}),
  };
}

/** The toast's answer to "Is this the job you saved…?": join the capture's record into the chosen one. */
export async function joinSaved(applicationId: string, into: string): Promise<ResponseMap['capture/same-job']> {
  return { joined: (await joinSameJob(getDb(), applicationId, into)) !== null };
}

/**
 * Undo entries still being written, by capture id. A retry of the same capture (the agent sends it
 * again when the first reply was lost in a page load) can arrive while the first delivery's entry is
 * being written: it must wait for that write, not find nothing and offer no Undo.
 */
const undoWrites = new Map<string, Promise<string | null>>();

function keepUndo(entry: CaptureUndo, captureId: string, capturedAt: number): Promise<string | null> {
  const write = rememberUndo(entry, captureId, capturedAt).catch(() => null);
  undoWrites.set(captureId, write);
  void write.then(() => undoWrites.delete(captureId));
  return write;
}

function keptUndo(captureId: string): Promise<string | null> {
  return undoWrites.get(captureId) ?? hasUndo(captureId).then((kept) => (kept ? captureId : null), () => null);
}

export async function undo(token: string): Promise<ResponseMap['capture/undo']> {
  const entry = await takeUndo(token);
  if (!entry) return { undone: false };
  // The token is the capture's id: a copy of it still in the outbox must not bring the record back.
  await forgetHandedOver(token);
  const outcome = await undoCapture(getDb(), entry);
  return { undone: outcome === 'undone', changedSince: outcome === 'changed' };
}

/**
 * The keyboard shortcut and the context menu: detect the job in the tab, save it, and say so in the
 * page. A page where the agent cannot run (the browser's own pages, the web store) saves nothing and
 * the toolbar badge says so instead.
 */
export async function captureTab(frame: FrameTarget, trigger: 'shortcut' | 'context-menu'): Promise<CaptureAck> {
  const { draft } = await detectIn(frame);
  const ack = await saveDraft(draft, 'saved', trigger, crypto.randomUUID());
  await showToastIn(frame, { kind: 'saved', title: draft.title, company: draft.company, ack }).catch(() => {});
  return ack;
}

/** The capture is in the store (or was answered, or undone): its outbox copy has done its job. */
export async function forgetHandedOver(captureId: string): Promise<void> {
  try {
    await browser.storage.local.remove(outboxKey(captureId));
  } catch {
    // Left behind, the entry is drained on a later wake and recognised by its id: nothing is written twice.
  }
}
