/**
 * The settings part of export and import. Loaded on first use, since the settings store pulls in the
 * extension API; where that is missing (unit tests), export carries no settings and import skips them.
 */
import type { Settings } from '../../core/settings';

export async function readSettingsForExport(): Promise<unknown> {
  try {
    const { loadSettings } = await import('../../shared/settings-store');
    return await loadSettings();
  } catch {
    return null;
  }
}

/** Apply imported settings, already checked by importBackup. False when they could not be stored. */
export async function applyImportedSettings(settings: Settings | null): Promise<boolean> {
  if (!settings) return false;
  try {
    const { saveSettings } = await import('../../shared/settings-store');
    await saveSettings(settings);
    return true;
  } catch {
    return false;
  }
}
