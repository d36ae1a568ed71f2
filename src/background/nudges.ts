/**
 * Nudges in the background: run the rules over the pipeline, let the delivery policy choose, and
 * show what it chose as notifications; handle clicks and buttons. Every piece of state (what was
 * sent, snoozes, which notification leads where) is in chrome.storage.local: the service worker may
 * be stopped between any two lines and the next run, or the next click, picks up where it left off.
 * The database and the extension APIs come as arguments (createNudges): the background passes its
 * own (./live-nudges.ts), tests a fresh database and test/support/fake-browser.ts.
 */
import type { Browser, Notifications } from 'webextension-polyfill';
import type { ReboundDb } from '../db/schema';
import { loadNudgeData, nudgeDataBasis } from '../db/nudge-data';
import { logFollowUp } from '../db/repository';
import { readSettings } from '../shared/settings-area';
import { userTimeZone, type Settings } from '../core/settings';
import { evaluateNudges } from '../core/nudges';
import { notificationButtons, type ButtonAction } from '../core/nudges/buttons';
import {
  DELIVERY_STATE_KEY,
  parseDeliveryState,
  type DeliveryState,
  type ShownNotification,
} from '../core/nudges/delivery-state';
import { localDayKey } from '../core/nudges/local-time';
import { isCurrent, NEXT_STEPS_KEY, nextStepsCache, parseNextStepsCache, type NextStepsCache } from '../core/nudges/next-steps-cache';
import { laterByDays, pauseAll, planDelivery, recordDelivered, snoozeNudge, type HoldReason } from '../core/nudges/policy';
import { targetPath } from '../core/nudges/target-path';
import type { Nudge } from '../core/nudges/types';
import { openOptionsAt } from './options-tab';

const NOTIFICATION_PREFIX = 'rebound-nudge:';
const TEST_NOTIFICATION_ID = 'rebound-nudge-test';
/** Notifications older than this are forgotten (the system has long dismissed them). */
const SHOWN_MAX_AGE_MS = 14 * 86_400_000;

/** What the nudges use of the extension APIs. */
export type NudgeBrowser = Pick<Browser, 'runtime' | 'storage' | 'notifications' | 'tabs' | 'windows'>;

export interface NudgeDeps {
  /** The pipeline: a function, so the background opens its database on first use. */
  db: () => ReboundDb;
  browser: NudgeBrowser;
}

export interface RunResult {
  delivered: string[];
  held: { key: string; reason: HoldReason }[];
}


/** The nudges over one database and one set of extension APIs. */
export function createNudges({ db: getDb, browser }: NudgeDeps) {
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

  /** The nudges that apply now (before the delivery policy): what the popup lists too. */
  async function currentNudges(now = Date.now()): Promise<Nudge[]> {
    const settings = await readSettings(browser.storage.local);
    const data = await loadNudgeData(getDb());
    return evaluateNudges({ ...data, settings, now, timeZone: userTimeZone(settings) });
  }

  async function readNextSteps(): Promise<NextStepsCache | null> {
    return parseNextStepsCache((await browser.storage.local.get(NEXT_STEPS_KEY))[NEXT_STEPS_KEY]);
  }

  /**
   * What a list of next steps is computed from, besides the clock: the data (a cheap fingerprint), the
   * settings and the user's day. Read before the data itself, so a change during the read leaves a
   * basis that no longer matches, and the next refresh runs the rules again.
   */
  async function nextStepsBasis(settings: Settings, now: number): Promise<string> {
    return JSON.stringify([await nudgeDataBasis(getDb()), settings, localDayKey(now, userTimeZone(settings))]);
  }

  /**
   * Writes of the next-steps list take turns and never replace a list computed later than theirs (a
   * refresh and an alarm run may finish in either order).
   */
  let nextStepsWrites: Promise<unknown> = Promise.resolve();
  function storeNextSteps(nudges: readonly Nudge[], computedAt: number, basis: string): Promise<void> {
    const write = nextStepsWrites.then(async () => {
      const stored = await readNextSteps();
      if (stored && stored.computedAt > computedAt) return;
      await browser.storage.local.set({ [NEXT_STEPS_KEY]: nextStepsCache(nudges, computedAt, basis) });
    });
    nextStepsWrites = write.catch(() => undefined);
    return write;
  }

  /**
   * Run the rules for the popup's list, unless the stored one was computed from the same basis within
   * the hour: opening the popup then costs the background a few indexed reads instead of reading the
   * whole pipeline (which, with a big pipeline, would compete with the popup's own reads).
   */
  async function renewNextSteps(): Promise<void> {
    const now = Date.now();
    const settings = await readSettings(browser.storage.local);
    const basis = await nextStepsBasis(settings, now);
    if (isCurrent(await readNextSteps(), basis, now)) return;
    const data = await loadNudgeData(getDb());
    await storeNextSteps(evaluateNudges({ ...data, settings, now, timeZone: userTimeZone(settings) }), now, basis);
  }

  /**
   * Refreshes in flight: one running, and at most one waiting behind it (every request that arrives
   * meanwhile shares the waiting one, which reads the data after they asked). Not state: losing these
   * when the worker sleeps loses nothing, the stored list stays and the next request recomputes it.
   */
  let refreshRunning: Promise<void> | null = null;
  let refreshWaiting: Promise<void> | null = null;

  /**
   * Keep the popup's next steps current (NEXT_STEPS_KEY in chrome.storage.local). Its own queue, not
   * the delivery one: a "Not now" in the popup need not wait for a read of the whole pipeline.
   */
  function refreshNextSteps(): Promise<void> {
    if (!refreshRunning) {
      refreshRunning = renewNextSteps().finally(() => (refreshRunning = null));
      return refreshRunning;
    }
    refreshWaiting ??= refreshRunning
      .catch(() => undefined)
      .then(() => {
        refreshWaiting = null;
        return refreshNextSteps();
      });
    return refreshWaiting;
  }

  /** One run of the rules: what the policy allows becomes notifications, and the popup's list is renewed. */
  function runNudges(now = Date.now()): Promise<RunResult> {
    return inTurn(async () => {
      const settings = await readSettings(browser.storage.local);
      const timeZone = userTimeZone(settings);
      const basis = await nextStepsBasis(settings, now);
      const data = await loadNudgeData(getDb());
      const nudges = evaluateNudges({ ...data, settings, now, timeZone });
      await storeNextSteps(nudges, now, basis).catch(() => undefined);
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
  function sendTestNudge(now = Date.now()): Promise<void> {
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
  function handleNotificationClick(notificationId: string): Promise<void> {
    return inTurn(async () => {
      const shown = await forget(notificationId);
      if (shown) await openOptionsAt(browser, targetPath(shown.target));
    });
  }

  /** A click on one of its buttons (Chrome only). */
  function handleNotificationButton(notificationId: string, buttonIndex: number, now = Date.now()): Promise<void> {
    return inTurn(async () => {
      const shown = await forget(notificationId);
      if (!shown) return;
      const action: ButtonAction = shown.buttons[buttonIndex] ?? 'open';
      if (action === 'open') {
        await openOptionsAt(browser, targetPath(shown.target));
      } else if (action === 'snooze-week') {
        const settings = await readSettings(browser.storage.local);
        await writeState(snoozeNudge(await readState(), shown.key, laterByDays(now, 7, userTimeZone(settings))));
      } else if (action === 'log-follow-up' && shown.target.view === 'app') {
        await logFollowUp(getDb(), shown.target.id, now);
      }
    });
  }

  /** Snooze one nudge (by key) for some days: from the popup's "Not now". */
  function snoozeNudgeFor(key: string, days: number, now = Date.now()): Promise<void> {
    return inTurn(async () => {
      const settings = await readSettings(browser.storage.local);
      await writeState(snoozeNudge(await readState(), key, laterByDays(now, days, userTimeZone(settings))));
    });
  }

  /** Pause every notification for some days; 0 resumes. */
  function pauseNudgesFor(days: number, now = Date.now()): Promise<void> {
    return inTurn(async () => {
      const settings = await readSettings(browser.storage.local);
      const until = days > 0 ? laterByDays(now, days, userTimeZone(settings)) : null;
      await writeState(pauseAll(await readState(), until));
    });
  }

  return {
    currentNudges,
    refreshNextSteps,
    runNudges,
    sendTestNudge,
    handleNotificationClick,
    handleNotificationButton,
    snoozeNudgeFor,
    pauseNudgesFor,
  };
}

export type Nudges = ReturnType<typeof createNudges>;
