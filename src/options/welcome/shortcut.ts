/**
 * The save shortcut as the browser actually has it (the user may have changed or removed it), and
 * where to change it. The extension API is imported lazily: unit tests render without it.
 */
export interface ShortcutInfo {
  /** "Alt+Shift+S", or "" when no key is set. */
  keys: string;
  /** Chromium opens its shortcuts page for us; Firefox has it under the add-ons manager's gear menu. */
  canOpenSettings: boolean;
}

export const SAVE_COMMAND = 'save-job';
const CHROMIUM_SHORTCUTS = 'chrome://extensions/shortcuts';

export async function readShortcut(): Promise<ShortcutInfo> {
  const { default: browser } = await import('../../shared/browser');
  const commands = await browser.commands.getAll();
  const keys = commands.find((command) => command.name === SAVE_COMMAND)?.shortcut ?? '';
  return { keys, canOpenSettings: !/firefox/i.test(navigator.userAgent) };
}

export async function openShortcutSettings(): Promise<void> {
  const { default: browser } = await import('../../shared/browser');
  await browser.tabs.create({ url: CHROMIUM_SHORTCUTS });
}
