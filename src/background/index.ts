/** Wires the background's listeners. Logic lives in the modules it imports. */
import type { Runtime } from 'webextension-polyfill';
import browser from '../shared/browser';
import { routeMessage } from './message-router';
import { createContextMenu, saveFromTab, SAVE_COMMAND, SAVE_MENU_ID } from './shortcuts';

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => routeMessage(message, sender));

browser.runtime.onInstalled.addListener(() => createContextMenu());

browser.commands.onCommand.addListener((command, tab) => {
  if (command === SAVE_COMMAND) void saveFromTab(tab?.id, 'shortcut');
});

browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === SAVE_MENU_ID) void saveFromTab(tab?.id, 'context-menu');
});
