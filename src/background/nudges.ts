/**
 * Nudges in the background: run the rules over the pipeline, let the delivery policy choose, and
 * show what it chose as notifications; handle clicks and buttons. Every piece of state (what was
 * sent, snoozes, which notification leads where) is in chrome.storage.local: the service worker may
 * be stopped between any two lines and the next run, or the next click, picks up where it left off.
 */
import type { Notifications } from 'webextension-polyfill';
import browser from '../shared/browser';
import { getDb } from '../db/schema';
import { loadNudgeData } from '../shared/nudge-data';
import { loadSettings } from '../shared/settings-store';
import { userTimeZone } from '../core/settings';
import { evaluateNudges } from '../core/nudges';
import { notificationButtons, type ButtonAction } from '../core/nudges/buttons';
import {
  DELIVERY_STATE_KEY,
  parseDeliveryState,
  type DeliveryState,
  type ShownNotification,
} from '../core/nudges/delivery-state';
import { followUpEvent } from '../core/nudges/facts';
import { laterByDays, pauseAll, planDelivery, recordDelivered, snoozeNudge, type HoldReason } from '../core/nudges/policy';
import { targetPath } from '../core/nudges/target-path';
import type { Nudge } from '../core/nudges/types';
import { openOptionsPath } from './open-options';

const NOTIFICATION_PREFIX = 'rebound-nudge:';
const TEST_NOTIFICATION_ID = 'rebound-nudge-test';
/** Notifications older than this are forgotten (the system has long dismissed them). */
const SHOWN_MAX_AGE_MS = 14 * 86_400_000;

/**
 * Runs within one worker life take turns, so two alarms firing together cannot both spend the
 * budget. (This queue holds no state: each task reads and writes storage.)
 */
let queue: Promise<unknown> = Promise.resolve();
function inTurn<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

async function readState(): Promise<DeliveryState> {
  const stored = await browser.storage.local.get(DELIVERY_STATE_KEY);
  return parseDeliveryState(stored[DELIVERY_STATE_KEY]);
}

async function writeState(state: DeliveryState): Promise<void> {
  await browser.storage.local.set({ [DELIVERY_STATE_KEY]: state });
}

const iconUrl = () => browser.runtime.getURL('icons/icon-128.png');

/**
 * Create a notification. Firefox has no buttons (its types do not list them, and it may reject
 * them), so if it refuses, show the same notification without them: a click still opens the target.
 */
async function notify(id: string, title: string, message: string, buttons: string[]): Promise<void> {
  const base: Notifications.CreateNotificationOptions = { type: 'basic', iconUrl: iconUrl(), title, message };
  try {
    const withButtons = { ...base, buttons: buttons.map((b) => ({ title: b })) };
    await browser.notifications.create(id, withButtons as Notifications.CreateNotificationOptions);
  } catch {
    await browser.notifications.create(id, base);
  }
}

export interface RunResult {
  delivered: string[];
  held: { key: string; reason: HoldReason }[];
}

/** The nudges that apply now (before the delivery policy): what the popup lists too. */
export async function currentNudges(now = Date.now()): Promise<Nudge[]> {
  const settings = await loadSettings();
  const data = await loadNudgeData(getDb());
  return evaluateNudges({ ...data, settings, now, timeZone: userTimeZone(settings) });
}

/** One run of the rules: what the policy allows becomes notifications. */
export function runNudges(now = Date.now()): Promise<RunResult> {
  return inTurn(async () => {
    const settings = await loadSettings();
    const timeZone = userTimeZone(settings);
    const data = await loadNudgeData(getDb());
    const nudges = evaluateNudges({ ...data, settings, now, timeZone });
    const state = await readState();
    const plan = planDelivery({ nudges, settings, state, now, timeZone });

    const next = recordDelivered(state, plan.deliver, now);
    next.lastRunAt = now;
    next.shown = Object.fromEntries(Object.entries(next.shown).filter(([, s]) => now - s.at < SHOWN_MAX_AGE_MS));
    for (const nudge of plan.deliver) {
      next.shown[NOTIFICATION_PREFIX + nudge.key] = {
        key: nudge.key,
        title: nudge.title,
        kind: nudge.kind,
        target: nudge.target,
        buttons: notificationButtons(nudge).map((b) => b.action),
        at: now,
      };
    }
    // Written before showing anything: if the worker stops half-way, a nudge is missed once rather
    // than repeated, which is the kinder failure.
    await writeState(next);
    for (const nudge of plan.deliver) {
      const buttons = notificationButtons(nudge).map((b) => b.title);
      await notify(NOTIFICATION_PREFIX + nudge.key, nudge.title, nudge.body, buttons).catch(() => undefined);
    }
    return {
      delivered: plan.deliver.map((n) => n.key),
      held: plan.held.map(({ nudge, reason }) => ({ key: nudge.key, reason })),
    };
  });
}

/** "Send a test nudge" from the settings page: shown at once, whatever the policy, and not counted. */
export function sendTestNudge(now = Date.now()): Promise<void> {
  return inTurn(async () => {
    const state = await readState();
    const title = 'This is how Rebound nudges you';
    const shown: ShownNotification = { key: 'test', title, kind: 'test', target: { view: 'list', filter: {} }, buttons: ['open'], at: now };
    await writeState({ ...state, shown: { ...state.shown, [TEST_NOTIFICATION_ID]: shown } });
    await notify(
      TEST_NOTIFICATION_ID,
      title,
      'A short note like this, with the reason for it, when something in your search needs you. Click it to open your pipeline.',
      ['Open your pipeline'],
    );
  });
}

async function forget(notificationId: string): Promise<ShownNotification | undefined> {
  const state = await readState();
  const shown = state.shown[notificationId];
  if (shown) {
    const rest = { ...state.shown };
    delete rest[notificationId];
    await writeState({ ...state, shown: rest });
  }
  await browser.notifications.clear(notificationId).catch(() => undefined);
  return shown;
}

/** A click on the notification: open the options page where the nudge leads. */
export function handleNotificationClick(notificationId: string): Promise<void> {
  return inTurn(async () => {
    const shown = await forget(notificationId);
    if (shown) await openOptionsPath(targetPath(shown.target));
  });
}

/** A click on one of its buttons (Chrome only). */
export function handleNotificationButton(notificationId: string, buttonIndex: number, now = Date.now()): Promise<void> {
  return inTurn(async () => {
    const shown = await forget(notificationId);
    if (!shown) return;
    const action: ButtonAction = shown.buttons[buttonIndex] ?? 'open';
    if (action === 'open') {
      await openOptionsPath(targetPath(shown.target));
    } else if (action === 'snooze-week') {
      const settings = await loadSettings();
      await writeState(snoozeNudge(await readState(), shown.key, laterByDays(now, 7, userTimeZone(settings))));
    } else if (action === 'log-follow-up' && shown.target.view === 'app') {
      await getDb().events.add(followUpEvent(shown.target.id, now));
    }
  });
}

/** Snooze one nudge (by key) for some days: from the popup's "Not now". */
export function snoozeNudgeFor(key: string, days: number, now = Date.now()): Promise<void> {
  return inTurn(async () => {
    const settings = await loadSettings();
    await writeState(snoozeNudge(await readState(), key, laterByDays(now, days, userTimeZone(settings))));
  });
}

/** Pause every notification for some days; 0 resumes. */
export function pauseNudgesFor(days: number, now = Date.now()): Promise<void> {
  return inTurn(async () => {
    const settings = await loadSettings();
    const until = days > 0 ? laterByDays(now, days, userTimeZone(settings)) : null;
    await writeState(pauseAll(await readState(), until));
  });
}
