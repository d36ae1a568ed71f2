/**
 * The Driver (driver.ts) for Chromium, over Playwright and the DevTools protocol: the real toolbar
 * popup, the service worker, and the toast read through DOM.getDocument, which sees inside closed
 * shadow roots.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launch, type PopupHandle } from './chromium';
import { pollUntil, type Driver, type LaunchOptions, type Tab } from './driver';
import { makeTab } from './tab';
import { runShortcut, storeReaders, waitForToast } from './common';

interface CdpNode {
  backendNodeId: number;
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
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

const hasId = (node: CdpNode, id: string) => {
  const a = node.attributes ?? [];
  for (let i = 0; i < a.length; i += 2) if (a[i] === 'id' && a[i + 1] === id) return true;
  return false;
};

/** The host element of in-page UI (the toast, the mail chip) with its closed shadow root. */
async function uiHost(page: Page, hostId: string): Promise<CdpNode | undefined> {
  const session = await page.context().newCDPSession(page);
  try {
    const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    return [...walk(root)].find((node) => hasId(node, hostId));
  } finally {
    await session.detach();
  }
}

/** Playwright key names and the DevTools key events they stand for (what the popup needs). */
const KEYS: Record<string, { key: string; code: string; keyCode: number; text?: string }> = {
  Enter: { key: 'Enter', code: 'Enter', keyCode: 13, text: '\r' },
  Tab: { key: 'Tab', code: 'Tab', keyCode: 9 },
  Escape: { key: 'Escape', code: 'Escape', keyCode: 27 },
  ArrowRight: { key: 'ArrowRight', code: 'ArrowRight', keyCode: 39 },
  ArrowLeft: { key: 'ArrowLeft', code: 'ArrowLeft', keyCode: 37 },
};

const TOAST_HOST = 'rebound-toast-host';

function popupTab(popup: PopupHandle): Tab {
  const mouseTypes = { move: 'mouseMoved', down: 'mousePressed', up: 'mouseReleased' } as const;
  return makeTab({
    evaluate: (expression) => popup.evaluate(expression),
    async mouse(type, x, y) {
      await popup.command('Input.dispatchMouseEvent', { type: mouseTypes[type], x, y, button: type === 'move' ? 'none' : 'left', clickCount: 1 });
    },
    async press(name) {
      const key = KEYS[name];
      if (!key) throw new Error(`No key ${name} in the popup driver`);
      await popup.command('Input.dispatchKeyEvent', { type: 'keyDown', ...key, windowsVirtualKeyCode: key.keyCode });
      await popup.command('Input.dispatchKeyEvent', { type: 'keyUp', ...key, windowsVirtualKeyCode: key.keyCode });
    },
    navigate: async () => {
      throw new Error('The popup does not navigate.');
    },
    reload: async () => void (await popup.evaluate('location.reload()')),
    url: () => popup.evaluate<string>('location.href'),
    activate: async () => undefined,
    screenshot: (file) => popup.screenshot(file),
    download: async () => {
      throw new Error('The popup does not download.');
    },
    close: () => popup.close(),
    dialogs: [],
  });
}

const pageOf = new WeakMap<Tab, Page>();

/** The Playwright page behind a Chromium tab, for what only Chromium offers (see browser-limits.ts). */
export function playwrightPage(tab: Tab): Page {
  const found = pageOf.get(tab);
  if (!found) throw new Error('That tab is not a Chromium page (the popup is not a page).');
  return found;
}

export async function launchChromiumDriver(options: LaunchOptions = {}): Promise<Driver> {
  const h = await launch({ extensionDir: options.extensionDir });
  const tabOf = new WeakMap<Page, Tab>();

  const wrap = (page: Page): Tab => {
    const known = tabOf.get(page);
    if (known) return known;
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const tab = makeTab({
      evaluate: (expression) => page.evaluate(expression),
      async mouse(type, x, y) {
        if (type === 'move') await page.mouse.move(x, y);
        else await page.mouse[type]();
      },
      press: (key) => page.keyboard.press(key),
      navigate: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
      reload: async () => void (await page.reload({ waitUntil: 'load' })),
      url: async () => page.url(),
      activate: () => page.bringToFront(),
      screenshot: async (file) => {
        fs.mkdirSync(path.dirname(file), { recursive: true });
        await page.screenshot({ path: file, fullPage: true });
      },
      async download(click) {
        const [download] = await Promise.all([page.waitForEvent('download'), click()]);
        return { filename: download.suggestedFilename(), text: fs.readFileSync((await download.path())!, 'utf8') };
      },
      close: () => page.close(),
      dialogs,
    });
    pageOf.set(tab, page);
    tabOf.set(page, tab);
    return tab;
  };
  const page = playwrightPage;

  /** The service worker's DevTools target (absent while it is stopped). */
  const workerTarget = async () => {
    const anyPage = h.context.pages()[0] ?? (await h.context.newPage());
    const cdp = await h.context.newCDPSession(anyPage);
    try {
      const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
      return targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${h.extensionId}/`));
    } finally {
      await cdp.detach();
    }
  };

  /**
   * A stopped service worker starts again for an event, as Firefox's event page does when the driver
   * asks for it: send it a message from an extension page. The router turns this one away, changing nothing.
   */
  const wakeWorker = async () => {
    const page = await h.context.newPage();
    try {
      await page.goto(`chrome-extension://${h.extensionId}/manifest.json`);
      await page.evaluate(() => chrome.runtime.sendMessage({ type: 'e2e/wake' }).catch(() => undefined));
    } finally {
      await page.close();
    }
    await pollUntil('the service worker to start', workerTarget, 20_000);
  };

  const driver: Driver = {
    name: 'chromium',
    server: h.server,
    extensionUrl: (file) => `chrome-extension://${h.extensionId}/${file}`,
    open: async (url) => wrap(await h.open(url)),
    async openExtensionPage(which, hash = '') {
      const tab = wrap(await h.context.newPage());
      await tab.goto(driver.extensionUrl(`src/${which}/index.html`) + hash);
      return tab;
    },
    openPopup: async () => popupTab(await h.openPopup()),
    tabs: async () => h.context.pages().map(wrap),
    waitForTab: (prefix, timeoutMs = 20_000) =>
      pollUntil(`a tab at ${prefix}`, async () => h.context.pages().find((p) => p.url().startsWith(prefix)), timeoutMs).then(wrap),
    async background<T, A>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T> {
      if (!(await workerTarget())) await wakeWorker();
      const worker = await h.worker();
      return (await worker.evaluate(fn as (arg: unknown) => Promise<unknown>, arg)) as T;
    },
    async stopBackground() {
      const target = await workerTarget();
      if (!target) throw new Error('No service worker to stop');
      const anyPage = h.context.pages()[0] ?? (await h.context.newPage());
      const cdp = await h.context.newCDPSession(anyPage);
      await cdp.send('Target.closeTarget', { targetId: target.targetId });
      await cdp.detach();
      // Done once that worker is gone: stopped, or replaced by a fresh one an event (a due alarm) woke.
      await pollUntil('the service worker to stop', async () => (await workerTarget())?.targetId !== target.targetId, 20_000);
    },
    backgroundRunning: async () => Boolean(await workerTarget()),
    ...storeReaders((fn, arg) => driver.background(fn, arg)),
    toastText: (tab) => driver.uiText(tab, TOAST_HOST),
    async uiText(tab, hostId) {
      const host = await uiHost(page(tab), hostId);
      return host ? textOf(host) : '';
    },
    waitForToast: (tab, pattern, timeoutMs) => waitForToast(driver.toastText, tab, pattern, timeoutMs),
    clickToast: (tab, label) => driver.clickInUi(tab, TOAST_HOST, label),
    async clickInUi(tab, hostId, label) {
      const p = page(tab);
      const host = await uiHost(p, hostId);
      const button = host && [...walk(host)].find((n) => n.nodeName === 'BUTTON' && textOf(n).trim() === label);
      if (!button) throw new Error(`No "${label}" button in #${hostId}`);
      const session = await p.context().newCDPSession(p);
      try {
        const { model } = (await session.send('DOM.getBoxModel', { backendNodeId: button.backendNodeId })) as { model: { content: number[] } };
        const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
        await p.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
      } finally {
        await session.detach();
      }
    },
    shortcut: async (tab) => runShortcut(driver.background, await tab.url()),
    close: () => h.close(),
  };
  return driver;
}
