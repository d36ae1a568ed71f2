/**
 * Settings read from a storage area given as an argument (chrome.storage.local, or a test's fake).
 * Reading never throws: no storage, nothing stored or a damaged record all give valid settings.
 */
import type { Storage } from 'webextension-polyfill';
import { parseSettings, SETTINGS_KEY, type Settings } from '../core/settings';

export async function readSettings(area: Pick<Storage.StorageArea, 'get'>): Promise<Settings> {
  try {
    const stored = await area.get(SETTINGS_KEY);
    return parseSettings(stored[SETTINGS_KEY]);
  } catch {
    return parseSettings(undefined);
  }
}
