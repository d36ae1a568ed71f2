/**
 * Launches real Chromium with the built extension (dist/) and the fixture server, with Playwright's
 * own objects: the extension id, its service worker, pages, the popup, and the stored records. The
 * benchmark and the demo use this directly; the end-to-end tests reach it through the browser-neutral
 * driver (driver.ts, chromium-driver.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import type { Application, TimelineEvent } from '../../src/core/types';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { readTable } from './common';
import { pollUntil } from './driver';

export const DIST = path.resolve('dist');
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  server: FixtureServer;
  worker(): Promise<Worker>;
  /** Open a page at a URL and wait for it to load. */
  open(url: string): Promise<Page>;
  /** The options page, optionally at a hash route. */
  openOptions(hash?: string): Promise<Page>;
  /** Every application / event in IndexedDB, read through the service worker. */
  applications(): Promise<Application[]>;
  events(): Promise<TimelineEvent[]>;
  /** Every record of any table ([] when the table does not exist yet). */
  table<T>(name: string): Promise<T[]>;
  /** Wait until `predicate` holds for the stored applications (captures are asynchronous). */
  waitForApplications(predicate: (apps: Application[]) => boolean, timeoutMs?: number): Promise<Application[]>;
  /** Open the real toolbar popup over the active tab; returns a CDP session attached to it. */
  openPopup(): Promise<PopupHandle>;
  close(): Promise<void>;
}

export interface PopupHandle {
  session: CDPSession;
  /** Send a DevTools protocol command to the popup. */
  command(method: string, params?: Record<string, unknown>): Promise<unknown>;
  /** Evaluate an expression in the popup and return its JSON value. */
  evaluate<T>(expression: string): Promise<T>;
  /** Wait until the expression is truthy in the popup. */
  waitFor(expression: string, timeoutMs?: number): Promise<void>;
  /** Save a PNG of the popup as the user sees it. */
  screenshot(file: string): Promise<void>;
  close(): Promise<void>;
}

function assertPrerequisites(extensionDir: string): void {
  if (!fs.existsSync(CHROME_PATH)) {
    throw new Error(
      `No Chromium at ${CHROME_PATH}: install it (Debian: apt-get install -y chromium) or set CHROME_PATH to Chrome/Chromium.`,
    );
  }
  if (!fs.existsSync(path.join(extensionDir, 'manifest.json')) || !fs.existsSync(path.join(extensionDir, 'agent.js'))) {
    throw new Error('The extension is not built: run `npm run build` first.');
  }
}

function readStore<T>(worker: Worker, table: string): Promise<T[]> {
  return readTable<T>((fn, arg) => worker.evaluate(fn as (arg: unknown) => Promise<never>, arg), table);
}

/**
 * Flags for headless Chromium on a machine with no network: no background traffic, and every hostname
 * resolved to the local fixture server (a host with no folder under test/fixtures/sites answers 404).
 */
export function chromiumFlags(serverPort: number): string[] {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--ignore-certificate-errors',
    `--host-resolver-rules=MAP * 127.0.0.1:${serverPort}, EXCLUDE localhost`,
  ];
}

export interface LaunchOptions {
  headed?: boolean;
  userDataDir?: string;
  /** The unpacked extension to load (default dist/); a test may load a modified copy. */
  extensionDir?: string;
}

export async function launch(options: LaunchOptions = {}): Promise<Harness> {
  const extensionDir = options.extensionDir ?? DIST;
  assertPrerequisites(extensionDir);
  const server = await startFixtureServer();
  const userDataDir = options.userDataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROME_PATH,
    headless: !options.headed,
    viewport: { width: 1280, height: 860 },
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...chromiumFlags(server.port)],
  });

  const worker = async (): Promise<Worker> => {
    const live = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    return live ?? context.waitForEvent('serviceworker', { timeout: 20_000 });
  };
  const extensionId = new URL((await worker()).url()).host;
  const optionsUrl = `chrome-extension://${extensionId}/src/options/index.html`;

  const applications = async () => readStore<Application>(await worker(), 'applications');

  // A fresh profile is an install: Rebound opens its welcome page. Wait for it (an install that
  // opens nothing fails here) and close it, so every test starts from a quiet browser.
  if (!options.userDataDir) {
    const welcome = `${optionsUrl}#/welcome`;
    const opened = async () => context.pages().find((p) => p.url() === welcome);
    await (await pollUntil('Rebound to open its welcome page on install', opened, 15_000)).close();
  }

  const harness: Harness = {
    context,
    extensionId,
    server,
    worker,
    async open(url) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    async openOptions(hash = '') {
      const page = await context.newPage();
      await page.goto(optionsUrl + hash, { waitUntil: 'load' });
      return page;
    },
    applications,
    events: async () => readStore<TimelineEvent>(await worker(), 'events'),
    table: async <T>(name: string) => readStore<T>(await worker(), name),
    async waitForApplications(predicate, timeoutMs = 20_000) {
      let seen: Application[] = [];
      const have = () => `applications; have: ${JSON.stringify(seen.map((a) => [a.title, a.company, a.stage]))}`;
      return pollUntil(have, async () => predicate((seen = await applications())) && seen, timeoutMs);
    },
    async openPopup() {
      return openPopup(context, await worker(), extensionId);
    },
    async close() {
      await context.close();
      await server.close();
      if (!options.userDataDir) fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return harness;
}

/**
 * chrome.action.openPopup() opens the real popup over the active tab in headless Chromium. Playwright
 * does not list it among pages, so we find it with the DevTools protocol and evaluate in it.
 */
async function openPopup(context: BrowserContext, worker: Worker, extensionId: string): Promise<PopupHandle> {
  const popupUrl = `chrome-extension://${extensionId}/src/popup/index.html`;
  const anyPage = context.pages()[0] ?? (await context.newPage());
  const browserSession = await context.newCDPSession(anyPage);
  // The browser-level target list is reached through Target.getTargets on any session.
  await worker.evaluate(() => chrome.action.openPopup());
  const targetId = await pollUntil('the popup to open', async () => {
    const { targetInfos } = (await browserSession.send('Target.getTargets')) as {
      targetInfos: { targetId: string; url: string; type: string }[];
    };
    return targetInfos.find((t) => t.url.startsWith(popupUrl))?.targetId;
  }, 10_000);
  // Non-flat attach: messages to the popup travel through Target.sendMessageToTarget.
  const { sessionId } = (await browserSession.send('Target.attachToTarget', { targetId, flatten: false })) as {
    sessionId: string;
  };
  let nextId = 1;
  const pending = new Map<number, (message: { result?: unknown; error?: { message: string } }) => void>();
  browserSession.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
    if (message.id !== undefined) pending.get(message.id)?.(message);
  });
  const command = (method: string, params: Record<string, unknown> = {}) =>
    new Promise<unknown>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, (message) => {
        pending.delete(id);
        if (message.error) reject(new Error(message.error.message));
        else resolve(message.result);
      });
      browserSession.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch((error: Error) => {
        pending.delete(id);
        reject(error);
      });
    });
  const evaluate = async <T>(expression: string): Promise<T> => {
    const result = (await command('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true })) as {
      result: { value?: T };
      exceptionDetails?: { text: string; exception?: { description?: string } };
    };
    if (result.exceptionDetails) {
      throw new Error(result.exceptionDetails.exception?.description ?? result.exceptionDetails.text);
    }
    return result.result.value as T;
  };
  return {
    session: browserSession,
    command,
    evaluate,
    async waitFor(expression, timeoutMs = 20_000) {
      await pollUntil(`the popup to show: ${expression}`, () => evaluate<boolean>(`Boolean(${expression})`), timeoutMs);
    },
    async screenshot(file) {
      const { data } = (await command('Page.captureScreenshot', { format: 'png' })) as { data: string };
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, Buffer.from(data, 'base64'));
    },
    async close() {
      await evaluate('window.close()').catch(() => undefined);
      await browserSession.detach().catch(() => undefined);
    },
  };
}
