/**
 * Captures a page agent reports (by message, or through the outbox when its tab closed first). What a
 * page says is checked against where it came from before anything is written:
 * - a board's job key (e.g. "greenhouse:123") is only claimed by a page on that board's own hosts; from
 *   anywhere else the capture is kept as a plain web page, so a page carrying ?gh_jid= can never move
 *   the user's Greenhouse record;
 * - a capture that would change a record first seen on another site is not written: the answer asks,
 *   and the agent writes it only after the person says it is the same job (`sameAs`).
 */
import { getDb } from '../db/schema';
import { findSameJob } from '../db/repository';
import { SITE_URLS } from '../sites/all-urls';
import type { JobDraft } from '../core/types';
import type { CaptureReply, Request } from '../shared/messages';
import { outboxKey } from '../shared/outbox';
import browser from '../shared/browser';
import { saveDraft } from './capture';
import { hostOf, siteOfAddress } from './site-of';

export type PageSaveRequest = Extract<Request, { type: 'capture/save' }>;

/**
 * The draft as the page may claim it: a board's job id only from that board's own hosts, and an
 * outbound apply address only from a page of a site Rebound knows (its reader found it there): any
 * other page could otherwise pin a record on the address of a job the person applies to later.
 */
export function claimableDraft(draft: JobDraft, pageUrl: string | undefined): JobDraft {
  const host = hostOf(pageUrl);
  const { applyUrl, ...rest } = draft;
  const claimed: JobDraft = applyUrl && SITE_URLS.some((site) => site.hosts.test(host)) ? draft : rest;
  const board = SITE_URLS.find((site) => site.id === draft.board.toLowerCase());
  if (!board || !draft.jobId || board.hosts.test(host)) return claimed;
  return { ...claimed, board: 'web', jobId: '' };
}

export async function saveFromPage(request: PageSaveRequest, pageUrl: string | undefined): Promise<CaptureReply> {
  const draft = claimableDraft(request.draft, pageUrl);
  // Found at the record's own address from another site: a page naming another site's job. Found at an
  // address the record keeps for the job (the board's outbound link), it is the job the person followed.
  const found = await findSameJob(getDb(), draft);
  const existing = found?.via === 'own' ? found.record : undefined;
  const here = siteOfAddress(pageUrl);
  const before = siteOfAddress(existing?.postingUrl);
  if (existing && before && here !== before && request.sameAs !== existing.id) {
    await forgetHandedOver(request.captureId);
    return { question: 'same-job', applicationId: existing.id, title: existing.title, company: existing.company, site: hostOf(existing.postingUrl) };
  }
  const ack = await saveDraft(draft, request.stage, request.trigger, request.captureId, { pageUrl, acrossSites: request.stage === 'applied' });
  await forgetHandedOver(request.captureId);
  return ack;
}

/** The capture is in the store (or was answered): its outbox copy has done its job. */
async function forgetHandedOver(captureId: string): Promise<void> {
  try {
    await browser.storage.local.remove(outboxKey(captureId));
  } catch {
    // Left behind, the entry is drained on a later wake and recognised by its id: nothing is written twice.
  }
}
