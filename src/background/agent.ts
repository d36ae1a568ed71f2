/**
 * The page agent (dist/agent.js, built by scripts/build-page-scripts.ts) holds detection, extraction and the
 * toast. The background injects it only where it is needed: into the active tab when the user asks to
 * save a job (activeTab), or into a frame the thin content script flagged as a job page.
 */
import browser from '../shared/browser';
import type { DetectResult, RecentJob } from '../shared/messages';
import type { AgentApi } from '../shared/agent-api';

export const AGENT_FILE = 'agent.js';

export interface FrameTarget {
  tabId: number;
  frameId?: number;
}

function target({ tabId, frameId }: FrameTarget) {
  return frameId === undefined ? { tabId } : { tabId, frameIds: [frameId] };
}

/** Inject the agent once per document: it guards against a second copy itself. */
export async function ensureAgent(frame: FrameTarget): Promise<void> {
  await browser.scripting.executeScript({ target: target(frame), files: [AGENT_FILE] });
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
