/** Helpers for the capture tests: form posts that redirect like a real ATS, and what the background knows. */
import type { Application } from '../../src/core/types';
import type { AgentStatus } from '../../src/shared/agent-api';
import { pollUntil, type Driver } from './driver';

/** POST <path> on <host> answers 303 → <location>, like a server-rendered ATS form. */
export function redirectPost(h: Driver, host: string, path: string, location: string): void {
  h.server.routes.push((req, res) => {
    if (req.method !== 'POST' || (req.headers.host ?? '').split(':')[0] !== host || new URL(req.url ?? '/', 'https://x').pathname !== path) {
      return false;
    }
    res.writeHead(303, { location }).end();
    return true;
  });
}

/** Is the page agent loaded in the tab showing `urlPrefix`? Asked from the background. */
export function agentLoaded(h: Driver, urlPrefix: string): Promise<boolean> {
  return h.background(async (prefix) => {
    const tab = (await chrome.tabs.query({})).find((t) => t.url?.startsWith(prefix));
    if (tab?.id === undefined) throw new Error(`no tab at ${prefix}`);
    const [result] = await chrome.scripting.executeScript({
      target: { tabId: tab.id },
      func: () => 'ok:' + String(!!(globalThis as { __reboundAgent?: unknown }).__reboundAgent),
    });
    return result?.result === 'ok:true';
  }, urlPrefix);
}

export function byKey(apps: Application[], jobKey: string): Application[] {
  return apps.filter((a) => a.jobKey === jobKey);
}

/**
 * What the page agent in the tab showing `urlPrefix` has seen and done (src/agent/api.ts AgentStatus),
 * read in the extension's isolated world: the settled mark for "the agent judged this and did nothing".
 * null while no agent is there.
 */
export function agentStatus(h: Driver, urlPrefix: string): Promise<AgentStatus | null> {
  return h.background(async (prefix) => {
    const tab = (await chrome.tabs.query({})).find((t) => t.url?.startsWith(prefix));
    if (tab?.id === undefined) throw new Error(`no tab at ${prefix}`);
    const [result] = await chrome.scripting.executeScript({
      target: { tabId: tab.id },
      func: () => (globalThis as { __reboundAgent?: { status(): unknown } }).__reboundAgent?.status() ?? null,
    });
    return (result?.result ?? null) as AgentStatus | null;
  }, urlPrefix);
}

/** Wait until the agent in the tab at `urlPrefix` reports a status for which `settled` holds. */
export function waitForAgent(h: Driver, urlPrefix: string, settled: (status: AgentStatus) => boolean): Promise<AgentStatus> {
  let last: AgentStatus | null = null;
  return pollUntil(
    () => `the page agent at ${urlPrefix} to settle; status: ${JSON.stringify(last)}`,
    async () => {
      last = await agentStatus(h, urlPrefix);
      return last && settled(last) ? last : null;
    },
    20_000,
  );
}

/**
 * Which sites' readers the page agent in each frame of the tab at `urlPrefix` carries (src/agent/index.ts
 * `sites`: a site's own agent names that site, the generic agent the off-host readers), by frame address;
 * null where a frame has no agent.
 */
export function agentSitesByFrame(h: Driver, urlPrefix: string): Promise<{ url: string; sites: string[] | null }[]> {
  return h.background(async (prefix) => {
    const tab = (await chrome.tabs.query({})).find((t) => t.url?.startsWith(prefix));
    if (tab?.id === undefined) throw new Error(`no tab at ${prefix}`);
    const results = await chrome.scripting.executeScript({
      target: { tabId: tab.id, allFrames: true },
      func: () => {
        const agent = (globalThis as { __reboundAgent?: { sites: string[] } }).__reboundAgent;
        return { url: location.href, sites: agent ? [...agent.sites] : null };
      },
    });
    return results.map((r) => r.result as { url: string; sites: string[] | null });
  }, urlPrefix);
}
