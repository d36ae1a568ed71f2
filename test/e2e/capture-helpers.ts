/**
 * Helpers for the capture end-to-end tests: form posts that redirect like the real ATS, and reading
 * or clicking the toast inside its CLOSED shadow root. Playwright cannot pierce a closed root, but the
 * DevTools protocol sees every node; the click itself is a real mouse click at the button's position.
 */
import type { Page } from 'playwright-core';
import type { Harness } from './harness';
import type { Application } from '../../src/core/types';

/** POST <path> answers 303 → <location>, like a server-rendered ATS form. */
export function redirectPost(h: Harness, host: string, path: string, location: string): void {
  h.server.routes.push((req, res) => {
    if (req.method !== 'POST' || (req.headers.host ?? '').split(':')[0] !== host || new URL(req.url ?? '/', 'https://x').pathname !== path) {
      return false;
    }
    res.writeHead(303, { location }).end();
    return true;
  });
}

interface CdpNode {
  nodeId: number;
  backendNodeId: number;
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

function attr(node: CdpNode, name: string): string | undefined {
  const a = node.attributes ?? [];
  for (let i = 0; i < a.length; i += 2) if (a[i] === name) return a[i + 1];
  return undefined;
}

function* walk(node: CdpNode): Generator<CdpNode> {
  yield node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) yield* walk(child);
}

function textOf(node: CdpNode): string {
  let out = '';
  for (const n of walk(node)) if (n.nodeName === '#text') out += n.nodeValue ?? '';
  return out;
}

async function toastHost(page: Page): Promise<CdpNode | undefined> {
  const session = await page.context().newCDPSession(page);
  try {
    const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    for (const node of walk(root)) if (attr(node, 'id') === 'rebound-toast-host') return node;
    return undefined;
  } finally {
    await session.detach();
  }
}

/** The toast's text ("" when there is none). */
export async function toastText(page: Page): Promise<string> {
  const host = await toastHost(page);
  return host ? textOf(host) : '';
}

export async function waitForToast(page: Page, pattern: RegExp, timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const text = await toastText(page);
    if (pattern.test(text)) return text;
    if (Date.now() > deadline) throw new Error(`No toast matching ${pattern}; toast says: "${text}"`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Click the toast button that says `label`, with the real mouse. */
export async function clickToastButton(page: Page, label: string): Promise<void> {
  const host = await toastHost(page);
  const button = host && [...walk(host)].find((n) => n.nodeName === 'BUTTON' && textOf(n).trim() === label);
  if (!button) throw new Error(`No "${label}" button in the toast`);
  const session = await page.context().newCDPSession(page);
  try {
    const { model } = (await session.send('DOM.getBoxModel', { backendNodeId: button.backendNodeId })) as { model: { content: number[] } };
    const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
    await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  } finally {
    await session.detach();
  }
}

/** Is the page agent loaded in the tab showing `urlPrefix`? Asked from the service worker. */
export async function agentLoaded(h: Harness, urlPrefix: string): Promise<boolean> {
  const worker = await h.worker();
  return worker.evaluate(async (prefix) => {
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
