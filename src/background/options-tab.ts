/**
 * Open (or focus) the options page at a hash path ("/list?stage=saved"); "" opens it as it is. The
 * extension APIs come as an argument, so what calls this (the nudges) can be run in tests with a fake.
 */
import type { Browser } from 'webextension-polyfill';

export type TabsBrowser = Pick<Browser, 'runtime' | 'tabs' | 'windows'>;

export async function openOptionsAt(browser: TabsBrowser, path: string): Promise<void> {
  const base = browser.runtime.getURL('src/options/index.html');
  const url = path ? `${base}#${path}` : base;
  const [existing] = await browser.tabs.query({ url: `${base}*` });
  if (existing?.id !== undefined) {
    await browser.tabs.update(existing.id, { url, active: true });
    if (existing.windowId !== undefined) await browser.windows.update(existing.windowId, { focused: true });
    return;
  }
  await browser.tabs.create({ url });
}
