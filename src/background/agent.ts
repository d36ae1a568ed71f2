/**
 * The page agent (built by scripts/build-page-scripts.ts) holds detection, extraction and the toast. The
 * background injects it only where it is needed: into the active tab when the user asks to save a job
 * (activeTab), or into a frame the thin content script (a board's, or the all-sites one) flagged as a job
 * page. Each known site has its own agent carrying only its own reader; any other page gets the generic
 * one (src/sites/agent-file.ts).
 */
import browser from '../shared/browser';
import type { DetectResult, RecentJob } from '../shared/messages';
import type { AgentApi } from '../shared/agent-api';
import { agentFileFor } from '../sites/agent-file';

export interface FrameTarget {
  tabId: number;
  frameId?: number;
  /** The frame's address as the browser reported it with a message from the frame (sender.url). */
  url?: string;
}

function target({ tabId, frameId }: FrameTarget) {
  return frameId === undefined ? { tabId } : { tabId, frameIds: [frameId] };
}

/**
 * Inject the agent once per document, chosen by the frame's own address: not the tab's (an employer page
 * embedding a Greenhouse form in a frame). A page script asking for its agent comes with the address the
 * browser knows it by: then one call, since the page is about to be used (the file itself does nothing
 * where an agent is already there: they all share one name). Otherwise (the shortcut, the popup) the
 * address is read in the frame's isolated world, where the page cannot change `location`, and a frame
 * that already has an agent gets nothing more.
 */
export async function ensureAgent(frame: FrameTarget): Promise<void> {
  let href = frame.url;
  if (href === undefined) {
    const [probe] = await browser.scripting.executeScript({
      target: target(frame),
      func: () => ({ loaded: '__reboundAgent' in globalThis, href: location.href }),
    });
    const found = probe?.result as { loaded: boolean; href: string } | undefined;
    if (found?.loaded) return;
    href = found?.href;
  }
  await browser.scripting.executeScript({ target: target(frame), files: [agentFileFor(href)] });
}

/** Run one agent method in the page and return its (structured-clone) result. */
async function callAgent<R>(frame: FrameTarget, fn: string, args: unknown[] = []): Promise<R> {
  const [first] = await browser.scripting.executeScript({
    target: target(frame),
    // Runs in the page's isolated world, where agent.js defined __reboundAgent.
    func: (name: string, callArgs: unknown[]) => {
      const api = (globalThis as unknown as { __reboundAgent?: Record<string, (...a: unknown[]) => unknown> })
        .__reboundAgent;
      if (!api) throw new Error('Rebound agent missing');
      return api[name]?.(...callArgs);
    },
    args: [fn, args],
  });
  return first?.result as R;
}

export async function detectIn(frame: FrameTarget): Promise<DetectResult> {
  await ensureAgent(frame);
  return callAgent<DetectResult>(frame, 'detect');
}

export async function startWatching(frame: FrameTarget): Promise<void> {
  await ensureAgent(frame);
  await callAgent(frame, 'watch');
}

export async function showToastIn(frame: FrameTarget, toast: Parameters<AgentApi['toast']>[0]): Promise<void> {
  await callAgent(frame, 'toast', [toast]);
}

const RECENT_PREFIX = 'recent-job:';

/**
 * The last job the agent saw in a tab, across page loads (posting → form → confirmation on a
 * multi-page ATS). Kept in storage.session — not in page storage, where the page's own scripts could
 * read or forge it, and not in memory, since the service worker sleeps. Gone when the browser closes.
 */
export async function recentInTab(tabId: number, remember?: RecentJob): Promise<RecentJob | null> {
  const key = RECENT_PREFIX + tabId;
  if (remember) {
    await browser.storage.session.set({ [key]: remember });
    return remember;
  }
  return ((await browser.storage.session.get(key))[key] as RecentJob | undefined) ?? null;
}

/** A closed tab's memory is dropped with it. */
export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(RECENT_PREFIX + tabId);
}
