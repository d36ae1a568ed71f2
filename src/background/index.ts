/** Wires the background's listeners. Logic lives in the modules it imports. */
import type { Runtime } from 'webextension-polyfill';
import browser from '../shared/browser';
import { routeMessage } from './message-router';
import { createContextMenu, handleCommand, handleMenuClick } from './shortcuts';

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => routeMessage(message, sender));

browser.runtime.onInstalled.addListener(() => createContextMenu());

browser.commands.onCommand.addListener((command, tab) => void handleCommand(command, tab));

browser.contextMenus.onClicked.addListener((info, tab) => void handleMenuClick(info, tab));

/**
 * The same handlers, reachable only from inside this service worker (no page can get here). The
 * end-to-end tests drive them, because Chromium does not turn synthetic key presses or clicks into
 * extension commands or context-menu clicks.
 */
Object.assign(globalThis, { rebound: { handleCommand, handleMenuClick } });
