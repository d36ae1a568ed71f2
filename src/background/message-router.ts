/**
 * The background's one door. Every message is checked for where it came from, parsed with the
 * protocol schema, and only then handled. Anything else gets a clear error and changes nothing.
 */
import type { Runtime } from 'webextension-polyfill';
import browser from '../shared/browser';
import { ForbiddenRequest, parseRequest, type Reply, type Request, type RequestType, type ResponseMap } from '../shared/messages';
import { pageForPopup } from '../core/extract/applied-evidence';
import { joinSaved, saveDraft, undo } from './capture';
import { detectIn, recentInTab, startWatching } from './agent';
import { openOptions } from './open-options';
import { pauseNudgesFor, refreshNextSteps, sendTestNudge, snoozeNudgeFor } from './live-nudges';
import { captureAllowedAt } from './site-capture';
import { saveFromPage } from './page-capture';
import { countUnreadable, fileFromMail, mailSenderAllowed, offerReply, openDebriefOf, undoFromMail } from './mail-replies';

type Origin = 'extension-page' | 'content';

/** Which requests each kind of sender may make. Pages of the web can reach none of them. */
const ALLOWED: Record<RequestType, readonly Origin[]> = {
  'capture/save': ['extension-page', 'content'],
  'capture/undo': ['extension-page', 'content'],
  'capture/same-job': ['content'],
  'capture/recent': ['content'],
  'tab/detect': ['extension-page'],
  'agent/load': ['content'],
  'options/open': ['extension-page', 'content'],
  'nudges/test': ['extension-page'],
  'nudges/snooze': ['extension-page'],
  'nudges/pause': ['extension-page'],
  'nudges/refresh': ['extension-page'],
  'mail/offer': ['content'],
  'mail/file': ['content'],
  'mail/undo': ['content'],
  'mail/unreadable': ['content'],
  'mail/debrief': ['content'],
};

export function senderOrigin(sender: Runtime.MessageSender, extensionId: string, extensionOrigin: string): Origin | null {
  if (sender.id !== extensionId) return null;
  if (sender.tab && sender.url && !sender.url.startsWith(extensionOrigin)) return 'content';
  if (sender.url?.startsWith(extensionOrigin)) return 'extension-page';
  return null;
}

async function handle(request: Request, sender: Runtime.MessageSender, origin: Origin): Promise<ResponseMap[RequestType]> {
  switch (request.type) {
    case 'mail/offer':
    case 'mail/file':
    case 'mail/undo':
    case 'mail/unreadable':
    case 'mail/debrief':
      return handleMail(request, sender);
    case 'capture/save': {
      // A page may only report what it saw on itself; the manual triggers belong to extension pages.
      const fromPage = request.trigger === 'posting' || request.trigger === 'submission';
      if (fromPage !== (origin === 'content')) throw new ForbiddenRequest('That kind of capture cannot come from here.');
      // sender.url is the frame's address as the browser knows it, not what the page says.
      if (fromPage) return saveFromPage(request, sender.url);
      return saveDraft(request.draft, request.stage, request.trigger, request.captureId);
    }
    case 'capture/undo':
      return undo(request.token);
    case 'capture/same-job':
      return joinSaved(request.applicationId, request.into);
    case 'capture/recent': {
      const tabId = sender.tab?.id;
      if (tabId === undefined) throw new Error('No tab to remember this for.');
      return recentInTab(tabId, request.remember);
    }
    case 'tab/detect': {
      const result = await detectIn({ tabId: request.tabId });
      return { ...result, page: pageForPopup(result, await recentInTab(request.tabId)) };
    }
    case 'agent/load': {
      const tabId = sender.tab?.id;
      if (tabId === undefined) throw new Error('No tab to load into.');
      // Automatic capture turned off for this site in Settings: answer (so the page stops asking), load nothing.
      if (!(await captureAllowedAt(sender.url))) return { loaded: false };
      await startWatching({ tabId, frameId: sender.frameId, url: sender.url });
      return { loaded: true };
    }
    case 'options/open':
      await openOptions(request.applicationId);
      return {};
    case 'nudges/test':
      await sendTestNudge();
      return {};
    case 'nudges/snooze':
      await snoozeNudgeFor(request.key, request.days);
      return {};
    case 'nudges/pause':
      await pauseNudgesFor(request.days);
      return {};
    case 'nudges/refresh':
      await refreshNextSteps();
      return {};
  }
}

/** Mail requests come only from the page of a webmail the person opted in to. */
async function handleMail(request: Request, sender: Runtime.MessageSender): Promise<ResponseMap[RequestType]> {
  const provider = await mailSenderAllowed(sender.url);
  if (!provider) throw new ForbiddenRequest('Reading replies is not turned on for this site.');
  switch (request.type) {
    case 'mail/offer':
      return offerReply(request.key, request.email);
    case 'mail/file':
      return fileFromMail(request.key, request.action, request.applicationId, request.reading, request.email);
    case 'mail/undo':
      return { undone: await undoFromMail(request.token) };
    case 'mail/unreadable':
      await countUnreadable(provider);
      return {};
    case 'mail/debrief':
      await openDebriefOf(request.applicationId);
      return {};
    default:
      throw new Error('Unknown mail request.');
  }
}

export async function routeMessage(raw: unknown, sender: Runtime.MessageSender): Promise<Reply<RequestType>> {
  const origin = senderOrigin(sender, browser.runtime.id, browser.runtime.getURL(''));
  if (!origin) return { ok: false, code: 'forbidden', error: 'Rebound only accepts messages from its own pages and scripts.' };
  const parsed = parseRequest(raw);
  if (!parsed.ok) return parsed;
  if (!ALLOWED[parsed.request.type].includes(origin)) {
    return { ok: false, code: 'forbidden', error: `"${parsed.request.type}" is not allowed from this sender.` };
  }
  try {
    return { ok: true, value: await handle(parsed.request, sender, origin) };
  } catch (error) {
    const code = error instanceof ForbiddenRequest ? 'forbidden' : 'failed';
    return { ok: false, code, error: error instanceof Error ? error.message : String(error) };
  }
}
