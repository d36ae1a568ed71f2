/** The keyboard shortcut and the context-menu item: both save the job in the current tab. */
import type { Menus, Tabs } from 'webextension-polyfill';
import browser from '../shared/browser';
import { captureTab } from './capture';

export const SAVE_COMMAND = 'save-job';
export const SAVE_MENU_ID = 'rebound-save-job';

export function createContextMenu(): void {
  browser.contextMenus.removeAll().then(() =>
    browser.contextMenus.create({ id: SAVE_MENU_ID, title: 'Save this job to Rebound', contexts: ['page', 'selection'] }),
  );
}

export function handleCommand(command: string, tab?: Tabs.Tab): Promise<void> | undefined {
  return command === SAVE_COMMAND ? saveFromTab(tab?.id, 'shortcut') : undefined;
}

export function handleMenuClick(info: Menus.OnClickData, tab?: Tabs.Tab): Promise<void> | undefined {
  return info.menuItemId === SAVE_MENU_ID ? saveFromTab(tab?.id, 'context-menu') : undefined;
}

/** Both paths end here; failures show on the toolbar badge, since there may be no page to speak in. */
export async function saveFromTab(tabId: number | undefined, trigger: 'shortcut' | 'context-menu'): Promise<void> {
  if (tabId === undefined) return;
  try {
    await captureTab({ tabId }, trigger);
    await flashBadge(tabId, '✓', '#2f7d4f');
  } catch {
    await flashBadge(tabId, '!', '#b3261e');
  }
}

async function flashBadge(tabId: number, text: string, color: string): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ tabId, color });
  await browser.action.setBadgeText({ tabId, text });
}
