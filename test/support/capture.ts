/** Helpers for the capture tests: form posts that redirect like a real ATS, and what the background knows. */
import type { Application } from '../../src/core/types';
import type { Driver } from './driver';

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
