/**
 * The one browser driver the end-to-end suite talks to. The same test files run in Chromium
 * (Playwright over the DevTools protocol) and in Firefox (puppeteer-core over WebDriver BiDi); a test
 * imports only this file and never a browser library. `BROWSER=firefox` picks Firefox.
 *
 *   const b = await launchBrowser();                        // the built extension + fixture server
 *   const tab = await b.open('https://jobs.lever.co/…');     // a page at its real hostname
 *   await tab.fill('input[name=email]', 'ada@example.com');
 *   await tab.click({ css: 'button', text: 'Submit application' });   // a real mouse click
 *   await b.waitForApplications((apps) => apps.length === 1);
 *   await b.waitForToast(tab, /Application recorded/);  await b.clickToast(tab, 'Undo');
 *   const options = await b.openExtensionPage('options', '#/data');
 *   const popup = await b.openPopup();                      // over the tab in front
 *   await b.background(() => chrome.alarms.getAll());       // in the service worker / event page
 *   await b.shortcut(tab);                                  // what Alt+Shift+S runs for that tab
 *
 * Functions given to `evaluate`, `waitFor` and `background` run inside the browser: they see only
 * their one JSON argument, never the test's variables. In the background `chrome` is the extension
 * API in both browsers (Firefox offers it there too). What a browser cannot do is listed, with the
 * reason, in ./browser-limits.ts.
 */
import type { Application, TimelineEvent } from '../../src/core/types';
import type { FixtureServer } from './fixture-server';

export type BrowserName = 'chromium' | 'firefox';

/** An element: a CSS selector, or the first match of `css` (default any) whose text contains `text`, or the control labelled `label`. */
export type Target = string | { css?: string; text?: string | RegExp; label?: string };

export interface Tab {
  /** The address shown now. */
  url(): Promise<string>;
  /** Navigate and wait for the load event. */
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** Run `fn(arg)` in the page and return its (awaited, JSON) value. */
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** Poll `fn(arg)` in the page until it returns something truthy, and return that. */
  waitFor<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A, timeoutMs?: number): Promise<T>;
  /** Wait until the address matches (a string must match exactly). */
  waitForURL(expected: string | RegExp, timeoutMs?: number): Promise<void>;
  /** Wait for the element, scroll it into view and click its centre with the real mouse. */
  click(target: Target): Promise<void>;
  /** Focus the field and set its value as typing would (input and change events). */
  fill(target: Target, value: string): Promise<void>;
  /** Choose an option of a <select> by value. */
  select(target: Target, value: string): Promise<void>;
  /** Press one key (Playwright key names: 'Enter', 'ArrowRight', …) on whatever has focus. */
  press(key: string): Promise<void>;
  /** Drag with the real mouse from the centre of `from` to the centre of `to`. */
  drag(from: Target, to: Target): Promise<void>;
  /** Hand files to an <input type=file>, as the file picker would. */
  setFiles(target: Target, files: { name: string; mimeType: string; text: string }[]): Promise<void>;
  /** Click `target` and return the file it downloads. */
  download(target: Target): Promise<{ filename: string; text: string }>;
  /** Messages of alert/confirm/prompt dialogs the page opened (each dismissed). */
  readonly dialogs: string[];
  /** Bring the tab to the front (the active tab of its window). */
  bringToFront(): Promise<void>;
  /** Save a PNG of the page (the whole page unless the tab is the popup). */
  screenshot(file: string): Promise<void>;
  close(): Promise<void>;
}

export interface Driver {
  readonly name: BrowserName;
  /** The fixture server; push a route to answer requests yourself. */
  readonly server: FixtureServer;
  /** The address of an extension file, e.g. extensionUrl('src/options/index.html'). */
  extensionUrl(file: string): string;
  /** A new tab at `url` (loaded). */
  open(url: string): Promise<Tab>;
  /** A new tab with the options page or the popup page, optionally at a hash route. */
  openExtensionPage(page: 'options' | 'popup', hash?: string): Promise<Tab>;
  /**
   * The popup over the tab in front: the real toolbar popup in Chromium; in Firefox (whose panel no
   * driver reaches) the popup page in a background tab of the same window, so it sees the same tab.
   */
  openPopup(): Promise<Tab>;
  /** Every open tab (extension pages included). */
  tabs(): Promise<Tab[]>;
  /** Wait for a tab whose address starts with `prefix` (one the extension opened, say). */
  waitForTab(prefix: string, timeoutMs?: number): Promise<Tab>;
  /** Run `fn(arg)` in the background (service worker / event page) and return its JSON value. */
  background<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** Stop the background as the browser does when it idles; the next event wakes a fresh one. */
  stopBackground(): Promise<void>;
  /** Is the background running now? */
  backgroundRunning(): Promise<boolean>;
  /** Every record of a table of the extension's database ([] when the table does not exist yet). */
  table<T>(name: string): Promise<T[]>;
  applications(): Promise<Application[]>;
  events(): Promise<TimelineEvent[]>;
  /** Wait until `predicate` holds for the stored applications (captures are asynchronous). */
  waitForApplications(predicate: (apps: Application[]) => boolean, timeoutMs?: number): Promise<Application[]>;
  /** The text of the page's toast, inside its closed shadow root ('' when there is none). */
  toastText(tab: Tab): Promise<string>;
  waitForToast(tab: Tab, pattern: RegExp, timeoutMs?: number): Promise<string>;
  /** Click the toast button that says `label`, with the real mouse. */
  clickToast(tab: Tab, label: string): Promise<void>;
  /** The text of in-page UI whose host element has this id (the mail chip…), inside its closed shadow root. */
  uiText(tab: Tab, hostId: string): Promise<string>;
  /** Click the button that says `label` inside that UI, with the real mouse. */
  clickInUi(tab: Tab, hostId: string, label: string): Promise<void>;
  /** Run the handler of the save shortcut (Alt+Shift+S) for this tab. */
  shortcut(tab: Tab): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** The unpacked extension to load (default: this browser's build); a test may load a modified copy. */
  extensionDir?: string;
}

export const BROWSER: BrowserName = process.env.BROWSER === 'firefox' ? 'firefox' : 'chromium';

/** The built extension of this browser, with the fixture server. */
export async function launchBrowser(options: LaunchOptions = {}): Promise<Driver> {
  if (BROWSER === 'firefox') return (await import('./firefox')).launchFirefox(options);
  return (await import('./chromium-driver')).launchChromiumDriver(options);
}

export type Truthy<T> = Exclude<T, false | 0 | '' | null | undefined>;

/** Poll `probe` until it returns something truthy (errors count as "not yet"), and return that. */
export async function pollUntil<T>(what: string | (() => string), probe: () => Promise<T>, timeoutMs = 20_000): Promise<Truthy<T>> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value as Truthy<T>;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const detail = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`Timed out waiting for ${typeof what === 'string' ? what : what()}${detail}`);
    }
    await new Promise((r) => setTimeout(r, 120));
  }
}
