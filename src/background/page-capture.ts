/**
 * Captures a page agent reports (by message, or through the outbox when its tab closed first). What a
 * page says is checked against where it came from before anything is written:
 * - a board's job key (e.g. "greenhouse:123") is only claimed by a page on that board's own hosts; from
 *   anywhere else the capture is kept as a plain web page, so a page carrying ?gh_jid= can never move
 *   the user's Greenhouse record;
 * - a capture that would change a record first seen on another site is not written: the answer asks,
 *   and the agent writes it only after the person says it is the same job (`sameAs`).
 */
import { SITE_URLS } from '../sites/all-urls';
import type { Application, JobDraft } from '../core/types';
import type { CaptureReply, Request } from '../shared/messages';
import { forgetHandedOver, saveDraft } from './capture';
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

/**
 * Saves under way, by capture id. The agent hands a capture to the outbox while its message may still
 * be on the way or being saved (a slow or waking worker, a page that goes), so the message and the
 * outbox's drain can ask for the same capture together: the second shares the first's answer instead
 * of queueing a second transaction behind it.
 */
const saving = new Map<string, Promise<CaptureReply>>();

export function saveFromPage(request: PageSaveRequest, pageUrl: string | undefined): Promise<CaptureReply> {
  // The answer "it is the same job" (sameAs) is a new question for the store, not the one under way.
  const key = `${request.captureId}|${request.sameAs ?? ''}`;
  const under = saving.get(key);
  if (under) return under;
  const save = saveOnce(request, pageUrl).finally(() => saving.delete(key));
  saving.set(key, save);
  return save;
}

async function saveOnce(request: PageSaveRequest, pageUrl: string | undefined): Promise<CaptureReply> {
  const draft = claimableDraft(request.draft, pageUrl);
  const here = siteOfAddress(pageUrl);
  // Found at the record's own address from another site: a page naming another site's job. Found at an
  // address the record keeps for the job (the board's outbound link), it is the job the person followed.
  const fromAnotherSite = (existing: Application) => {
    const before = siteOfAddress(existing.postingUrl);
    return Boolean(before) && here !== before && request.sameAs !== existing.id;
  };
  const reply = await saveDraft(draft, request.stage, request.trigger, request.captureId, {
    pageUrl,
    acrossSites: request.stage === 'applied',
    holdIf: fromAnotherSite,
  });
  await forgetHandedOver(request.captureId);
  return reply;
}
