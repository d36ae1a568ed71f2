/** Wires the background's listeners. Logic lives in the modules it imports. */
import type { Runtime } from 'webextension-polyfill';
import browser from '../shared/browser';
import { routeMessage } from './message-router';
import { createContextMenu, handleCommand, handleMenuClick } from './shortcuts';
import { handleAlarm, scheduleNudgeAlarms } from './alarms';
import {
  currentNudges,
  handleNotificationButton,
  handleNotificationClick,
  refreshNextSteps,
  runNudges,
} from './live-nudges';
import { SETTINGS_KEY } from '../core/settings';
import { wireAllSites } from './all-sites';
import { forgetTab } from './agent';
import { openWelcome } from './open-options';
import { wireOutbox } from './outbox';
import { wireMailReaders } from './mail-readers';

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => routeMessage(message, sender));

browser.runtime.onInstalled.addListener(() => createContextMenu());

// First steps on a fresh install only: an update must not interrupt someone mid-search.
browser.runtime.onInstalled.addListener((details) => {
  if (details.reason === 'install') void openWelcome();
});

browser.commands.onCommand.addListener((command, tab) => void handleCommand(command, tab));

browser.contextMenus.onClicked.addListener((info, tab) => void handleMenuClick(info, tab));

// Capture on company career sites, once the person opts in; and a closed tab's job memory goes with it.
wireAllSites();
// Reading opened replies in Gmail / Outlook on the web, per provider, once the person opts in.
wireMailReaders();
browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));

// Captures whose tab closed before the background answered: written on every wake, once each.
wireOutbox();

/**
 * The same handlers, reachable only from inside this service worker (no page can get here). The
 * end-to-end tests drive them, because Chromium does not turn synthetic key presses or clicks into
 * extension commands or context-menu clicks.
 */
Object.assign(globalThis, { rebound: { handleCommand, handleMenuClick } });

// Nudges: alarms wake the worker; notifications lead back to the options page.
browser.alarms.onAlarm.addListener((alarm) => void handleAlarm(alarm));
browser.notifications.onClicked.addListener((id) => void handleNotificationClick(id));
browser.notifications.onButtonClicked.addListener((id, index) => void handleNotificationButton(id, index));
browser.runtime.onInstalled.addListener(() => void scheduleNudgeAlarms());
browser.runtime.onStartup.addListener(() => void scheduleNudgeAlarms());
browser.storage.onChanged.addListener((changes, area) => {
  if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
  void scheduleNudgeAlarms();
  // The rules read the settings (kinds on or off, thresholds): the popup's list follows them.
  void refreshNextSteps().catch(() => undefined);
});

/**
 * The nudge handlers, for the end-to-end tests (reachable only inside this worker): a notification
 * click cannot be dispatched from outside the browser, so the test calls the handler the listener calls.
 */
Object.assign(globalThis, { reboundNudges: { runNudges, currentNudges, refreshNextSteps, handleNotificationClick, handleNotificationButton } });
