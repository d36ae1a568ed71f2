/**
 * The settings part of export and import. Loaded on first use, since the settings store pulls in the
 * extension API; where that is missing (unit tests), export carries no settings and import skips them.
 */
export async function readSettingsForExport(): Promise<unknown> {
  try {
    const { loadSettings } = await import('../../shared/settings-store');
    return await loadSettings();
  } catch {
    return null;
  }
}

/** Apply imported settings (re-validated by the store: anything damaged falls back to defaults). */
export async function applyImportedSettings(raw: unknown): Promise<boolean> {
  if (raw === null || raw === undefined) return false;
  try {
    const [{ saveSettings }, { parseSettings }] = await Promise.all([
      import('../../shared/settings-store'),
      import('../../core/settings'),
    ]);
    await saveSettings(parseSettings(raw));
    return true;
  } catch {
    return false;
  }
}
