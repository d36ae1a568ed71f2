/**
 * Settings in chrome.storage.local, for the background, the popup and the options page alike.
 * Reading never throws: no storage, nothing stored or a damaged record all give valid settings.
 */
import browser from './browser';
import { parseSettings, SETTINGS_KEY, type Settings } from '../core/settings';
import { readSettings } from './settings-area';

export function loadSettings(): Promise<Settings> {
  return readSettings(browser.storage.local);
}

/** Store settings (re-validated first, so nothing invalid is ever written). */
export async function saveSettings(settings: Settings): Promise<Settings> {
  const clean = parseSettings(settings);
  await browser.storage.local.set({ [SETTINGS_KEY]: clean });
  return clean;
}

/** Read, change and store in one step. */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  return saveSettings(change(await loadSettings()));
}

/** Call `listener` with the new settings whenever they change (from any page); returns an unsubscribe. */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handle = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) listener(parseSettings(changes[SETTINGS_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(handle);
  return () => browser.storage.onChanged.removeListener(handle);
}
