/**
 * The Driver (driver.ts) for Firefox: puppeteer-core launches Firefox ESR and speaks WebDriver BiDi
 * to it (no geckodriver). Every tab is driven with raw BiDi commands (navigate, evaluate, input
 * actions), because Firefox sends no BiDi events for tabs in the extension process (Mozilla bug
 * 1755014), so puppeteer's own page objects would wait forever on the options page.
 *
 * How the Firefox-only parts work:
 * - Real hostnames: every https request goes through a local CONNECT proxy to the fixture server
 *   (connect-proxy.ts); `acceptInsecureCerts` takes its throwaway certificate.
 * - The extension is installed from dist-firefox/ as a temporary add-on, host permissions granted; a
 *   pref fixes its UUID, so moz-extension:// addresses are known in advance.
 * - The background is an event page: code runs in it through runtime.getBackgroundPage() from an
 *   extension tab kept in the background (the "bridge"), which also wakes a suspended event page.
 *   Stopping it is what about:debugging's "Terminate background script" does, asked in the browser's
 *   own (privileged) scope, which `--remote-allow-system-access` opens to BiDi.
 * - The toolbar popup is browser UI no driver reaches: the popup page opens in a background tab of
 *   the same window, so "the active tab" it asks for is still the page in front.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { startConnectProxy } from './connect-proxy';
import { pollUntil, type Driver, type LaunchOptions, type Tab } from './driver';
import { startFixtureServer } from './fixture-server';
import { makeTab } from './tab';
import { runShortcut, storeReaders, waitForToast } from './common';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const DIST_FIREFOX = path.resolve('dist-firefox');
const GECKO_ID = 'rebound@rebound-extension.local';
const EXTENSION_UUID = '5a0f3c2e-7d41-4b8e-9c65-1e2f3a4b5c6d';
const ORIGIN = `moz-extension://${EXTENSION_UUID}`;

function assertPrerequisites(extensionDir: string): void {
  if (!fs.existsSync(FIREFOX_PATH)) {
    throw new Error(
      `No Firefox at ${FIREFOX_PATH}: install Firefox ESR (Debian/Ubuntu: apt-get install -y firefox-esr) or set FIREFOX_PATH to its binary (macOS: /Applications/Firefox.app/Contents/MacOS/firefox; Windows: C:\\Program Files\\Mozilla Firefox\\firefox.exe).`,
    );
  }
  if (!fs.existsSync(path.join(extensionDir, 'manifest.json')) || !fs.existsSync(path.join(extensionDir, 'agent.js'))) {
    throw new Error('The Firefox build is missing: run `npm run build` first.');
  }
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
  on(event: string, handler: (params: Record<string, unknown>) => void): void;
}

interface RemoteValue {
  type: string;
  value?: unknown;
  sharedId?: string;
}

interface NodeValue {
  nodeType: number;
  localName?: string;
  nodeValue?: string;
  attributes?: Record<string, string>;
  children?: RemoteValue[];
  shadowRoot?: RemoteValue | null;
}

/** WebDriver key values for the Playwright key names the tests use. */
const KEYS: Record<string, string> = { Enter: '\uE007', Tab: '\uE004', Escape: '\uE00C', ArrowLeft: '\uE012', ArrowRight: '\uE014', ArrowUp: '\uE013', ArrowDown: '\uE015' };

const prefs = (proxyPort: number, downloads: string) => ({
  // Every https request to the fixture server, whatever the hostname; nothing else leaves the machine.
  'network.proxy.type': 1,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': proxyPort,
  'network.proxy.no_proxies_on': '',
  'network.proxy.allow_hijacking_localhost': true,
  'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
  // Downloads land in a folder the driver watches, without asking.
  'browser.download.folderList': 2,
  'browser.download.dir': downloads,
  'browser.download.useDownloadDir': true,
  'browser.download.always_ask_before_handling_new_types': false,
  'browser.download.start_downloads_in_tmp_dir': false,
  'browser.download.alwaysOpenPanel': false,
});

export async function launchFirefox(options: LaunchOptions = {}): Promise<Driver> {
  const extensionDir = options.extensionDir ?? DIST_FIREFOX;
  assertPrerequisites(extensionDir);
  const server = await startFixtureServer();
  const proxy = await startConnectProxy(server.port);
  const downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-ff-downloads-'));
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    acceptInsecureCerts: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: prefs(proxy.port, downloads),
  });
  const bidi = (browser as unknown as { connection: BidiConnection }).connection;
  const send = async <T = Record<string, unknown>>(method: string, params: object): Promise<T> => (await bidi.send(method, params)).result as T;
  await browser.installExtension(extensionDir);

  const dialogs = new Map<string, string[]>();
  bidi.on('browsingContext.userPromptOpened', (event) => {
    const context = event.context as string;
    dialogs.get(context)?.push(event.message as string);
    void send('browsingContext.handleUserPrompt', { context, accept: false }).catch(() => undefined);
  });

  const evaluateIn = async (context: string, expression: string, extra: object = {}): Promise<RemoteValue> => {
    const answer = await send<{ type: string; result?: RemoteValue; exceptionDetails?: { text: string } }>('script.evaluate', {
      expression,
      target: { context },
      awaitPromise: true,
      resultOwnership: 'none',
      ...extra,
    });
    if (answer.type === 'exception') throw new Error(answer.exceptionDetails?.text ?? 'evaluation failed');
    return answer.result!;
  };
  const pointer = (context: string, actions: object[]) =>
    send('input.performActions', { context, actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions }] });

  const tabs = new Map<string, Tab>();
  const tabFor = (context: string): Tab => {
    const known = tabs.get(context);
    if (known) return known;
    const seen: string[] = [];
    dialogs.set(context, seen);
    const tab = makeTab({
      async evaluate(expression) {
        const result = await evaluateIn(context, expression);
        return result.type === 'undefined' || result.type === 'null' ? undefined : result.value;
      },
      async mouse(type, x, y) {
        const at = { type: 'pointerMove', x: Math.round(x), y: Math.round(y), origin: 'viewport' };
        await pointer(context, type === 'move' ? [at] : [at, { type: type === 'down' ? 'pointerDown' : 'pointerUp', button: 0 }]);
      },
      async press(name) {
        const value = KEYS[name] ?? name;
        await send('input.performActions', { context, actions: [{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value }, { type: 'keyUp', value }] }] });
      },
      navigate: async (url) => void (await send('browsingContext.navigate', { context, url, wait: 'complete' })),
      reload: async () => void (await send('browsingContext.reload', { context, wait: 'complete' })),
      async url() {
        const { contexts } = await send<{ contexts: { url: string }[] }>('browsingContext.getTree', { root: context, maxDepth: 0 });
        return contexts[0]?.url ?? '';
      },
      activate: async () => void (await send('browsingContext.activate', { context })),
      async screenshot(file) {
        await send('browsingContext.activate', { context });
        const { data } = await send<{ data: string }>('browsingContext.captureScreenshot', { context, origin: 'document' });
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, Buffer.from(data, 'base64'));
      },
      async download(click) {
        const before = new Set(fs.readdirSync(downloads));
        await click();
        const name = await pollUntil('the download to finish', async () =>
          fs.readdirSync(downloads).find((f) => !before.has(f) && !f.endsWith('.part') && fs.statSync(path.join(downloads, f)).size > 0),
        );
        return { filename: name, text: fs.readFileSync(path.join(downloads, name), 'utf8') };
      },
      async close() {
        tabs.delete(context);
        await send('browsingContext.close', { context }).catch(() => undefined);
      },
      dialogs: seen,
    });
    tabs.set(context, tab);
    return tab;
  };

  const topContexts = async () => (await send<{ contexts: { context: string; url: string }[] }>('browsingContext.getTree', { maxDepth: 0 })).contexts;
  const newTab = async (background = false) => {
    const { context } = await send<{ context: string }>('browsingContext.create', { type: 'tab', background });
    return context;
  };

  // An install opens the welcome page (as in Chromium: chromium.ts). Wait for it (an install that
  // opens nothing fails here) and close it, so every test starts from a quiet browser.
  const welcome = await pollUntil(
    'Rebound to open its welcome page on install',
    async () => (await topContexts()).find((c) => c.url === `${ORIGIN}/src/options/index.html#/welcome`),
    15_000,
  );
  await send('browsingContext.close', { context: welcome.context });

  // The bridge to the background: an extension page in a tab that never comes to the front.
  const bridge = await newTab(true);
  await send('browsingContext.navigate', { context: bridge, url: `${ORIGIN}/src/popup/index.html#bridge`, wait: 'complete' });

  /** The browser's own (privileged) scope, where the extension's background can be stopped. */
  const inBrowserScope = async (expression: string) => {
    const { contexts } = await send<{ contexts: { context: string }[] }>('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
    const extension = `WebExtensionPolicy.getByID(${JSON.stringify(GECKO_ID)}).extension`;
    return (await evaluateIn(contexts[0]!.context, `(async (extension) => ${expression})(${extension})`)).value;
  };

  /** In-page UI (the toast, the mail chip): its host element serialised with its closed shadow tree. */
  const uiNode = async (tab: Tab, hostId: string): Promise<RemoteValue | undefined> => {
    const context = [...tabs].find(([, t]) => t === tab)?.[0];
    if (!context) throw new Error('That tab is not a page of this browser.');
    const answer = await send<{ type: string; result?: RemoteValue }>('script.evaluate', {
      expression: `document.getElementById(${JSON.stringify(hostId)})`,
      target: { context },
      awaitPromise: false,
      resultOwnership: 'root',
      serializationOptions: { maxDomDepth: 30, includeShadowTree: 'all' },
    });
    return answer.result?.type === 'node' ? answer.result : undefined;
  };
  function* walk(node: RemoteValue): Generator<RemoteValue> {
    yield node;
    const value = node.value as NodeValue | undefined;
    for (const child of [...(value?.shadowRoot ? [value.shadowRoot] : []), ...(value?.children ?? [])]) yield* walk(child);
  }
  const textOf = (node: RemoteValue) =>
    [...walk(node)]
      .map((n) => n.value as NodeValue | undefined)
      .filter((v) => v?.nodeType === 3)
      .map((v) => v!.nodeValue ?? '')
      .join('');

  const driver: Driver = {
    name: 'firefox',
    server,
    extensionUrl: (file) => `${ORIGIN}/${file}`,
    async open(url) {
      const tab = tabFor(await newTab());
      await tab.goto(url);
      return tab;
    },
    async openExtensionPage(which, hash = '') {
      const tab = tabFor(await newTab());
      await tab.goto(driver.extensionUrl(`src/${which}/index.html`) + hash);
      return tab;
    },
    async openPopup() {
      const tab = tabFor(await newTab(true));
      await tab.goto(driver.extensionUrl('src/popup/index.html'));
      return tab;
    },
    tabs: async () => (await topContexts()).filter((c) => c.context !== bridge).map((c) => tabFor(c.context)),
    waitForTab: (prefix, timeoutMs = 10_000) =>
      pollUntil(`a tab at ${prefix}`, async () => (await topContexts()).find((c) => c.context !== bridge && c.url.startsWith(prefix)), timeoutMs).then((c) =>
        tabFor(c.context),
      ),
    async background<T, A>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T> {
      // The function runs in the bridge, with the background's globals in place of its own.
      const expression = `(async () => {
        const bg = await browser.runtime.getBackgroundPage();
        const run = (chrome, browser, globalThis, indexedDB) => (${fn.toString()})(${JSON.stringify(arg ?? null)});
        return JSON.stringify(await run(bg.chrome, bg.browser, bg, bg.indexedDB));
      })()`;
      const result = await evaluateIn(bridge, expression);
      return (typeof result.value === 'string' ? JSON.parse(result.value) : undefined) as T;
    },
    async stopBackground() {
      // Done once the page that ran is gone: stopped, or already replaced by a fresh one that an
      // event (a due alarm, say) woke meanwhile. The mark tells the two apart.
      const mark = `stopped-${Date.now()}-${Math.random()}`;
      await driver.background((m) => void ((globalThis as unknown as { __driverMark?: string }).__driverMark = m), mark);
      const stop = () => inBrowserScope('extension.terminateBackground()');
      await stop();
      await pollUntil(
        'the event page to stop',
        async () => {
          if (!(await driver.backgroundRunning())) return true;
          if ((await driver.background(() => (globalThis as unknown as { __driverMark?: string }).__driverMark ?? null)) !== mark) return true;
          // The same page still runs: Firefox turned the request down (a suspend it cancels while an
          // event is still being handled, as on a busy machine). Ask again, as its idle timer would.
          await stop();
          return false;
        },
        20_000,
      );
    },
    backgroundRunning: async () => (await inBrowserScope('extension.backgroundState')) === 'running',
    ...storeReaders((fn, arg) => driver.background(fn, arg)),
    toastText: (tab) => driver.uiText(tab, 'rebound-toast-host'),
    async uiText(tab, hostId) {
      const host = await uiNode(tab, hostId);
      return host ? textOf(host) : '';
    },
    waitForToast: (tab, pattern, timeoutMs) => waitForToast(driver.toastText, tab, pattern, timeoutMs),
    clickToast: (tab, label) => driver.clickInUi(tab, 'rebound-toast-host', label),
    async clickInUi(tab, hostId, label) {
      const host = await uiNode(tab, hostId);
      const button = host && [...walk(host)].find((n) => (n.value as NodeValue | undefined)?.localName === 'button' && textOf(n).trim() === label);
      if (!button?.sharedId) throw new Error(`No "${label}" button in #${hostId}`);
      const context = [...tabs].find(([, t]) => t === tab)![0];
      await pointer(context, [
        { type: 'pointerMove', x: 0, y: 0, origin: { type: 'element', element: { sharedId: button.sharedId } } },
        { type: 'pointerDown', button: 0 },
        { type: 'pointerUp', button: 0 },
      ]);
    },
    shortcut: async (tab) => runShortcut(driver.background, await tab.url()),
    async close() {
      await browser.close().catch(() => undefined);
      await proxy.close();
      await server.close();
      fs.rmSync(downloads, { recursive: true, force: true });
    },
  };
  return driver;
}
