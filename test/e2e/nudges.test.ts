/**
 * Nudges end to end in real Chromium: seeded pipeline → the real alarms listener → real
 * chrome.notifications → cool-down → a service-worker restart between scheduling and firing → a
 * click → the popup's next steps.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Worker } from 'playwright-core';
import { launch, type Harness } from './harness';
import { chooseStage } from './popup-dom';
import type { Application, TimelineEvent } from '../../src/core/types';

const DAY = 86_400_000;
const now = Date.now();

function record(id: string, company: string, title: string, stage: Application['stage'], appliedDaysAgo: number | null): Application {
  const savedAt = now - 30 * DAY;
  return {
    id,
    title,
    company,
    location: '',
    workMode: null,
    salary: '',
    employmentType: '',
    board: 'web',
    jobId: '',
    postingUrl: `https://jobs.example/${id}`,
    canonicalUrl: `https://jobs.example/${id}`,
    jobKey: '',
    description: '',
    stage,
    savedAt: stage === 'saved' ? now - DAY : savedAt,
    appliedAt: appliedDaysAgo === null ? null : now - appliedDaysAgo * DAY,
    notes: '',
    createdAt: savedAt,
    updatedAt: savedAt,
  };
}

const APPS: Application[] = [
  record('acme', 'Acme', 'Product Designer', 'applied', 9), // follow-up due
  record('globex', 'Globex', 'UX Researcher', 'interviewing', 12), // interview today: thank-you
  record('initech', 'Initech', 'Designer', 'offer', 20), // two offers
  record('umbrella', 'Umbrella', 'Lead Designer', 'offer', 20),
  record('hooli', 'Hooli', 'Design Systems', 'saved', null), // a saved job, named by momentum
];
const EVENTS: TimelineEvent[] = [{ applicationId: 'globex', at: now - 1000, kind: 'stage', from: 'screening', to: 'interviewing', source: 'options' }];

/** Deterministic whatever the hour or weekday the test runs at: no quiet hours, no weekly goal. */
function settings(dailyBudget: number) {
  return {
    version: 2,
    notifications: true,
    weeklyGoal: 10,
    digestTime: '00:00',
    quietHours: { enabled: false, start: '21:00', end: '08:00' },
    dailyBudget,
    timeZone: '',
    kinds: { 'weekly-goal': { enabled: false, threshold: 0, cooldownDays: 7 } },
  };
}

interface State {
  delivered: { key: string; at: number }[];
  shown: Record<string, { title: string; key: string }>;
  lastRunAt: number | null;
}

let h: Harness;

beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

async function seed(worker: Worker) {
  // Let the extension create its database with its own schema first, then write raw records.
  await worker.evaluate(() => (globalThis as unknown as { reboundNudges: { currentNudges(): Promise<unknown> } }).reboundNudges.currentNudges());
  await worker.evaluate(
    ({ apps, events }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('rebound');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['applications', 'events'], 'readwrite');
          for (const app of apps) tx.objectStore('applications').put(app);
          for (const event of events) tx.objectStore('events').put(event);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { apps: APPS, events: EVENTS },
  );
}

const readState = (worker: Worker) =>
  worker.evaluate(async () => ((await chrome.storage.local.get('nudgeState')).nudgeState ?? { delivered: [], shown: {}, lastRunAt: null }) as State);

const notificationIds = async (worker: Worker) => Object.keys(await worker.evaluate(() => chrome.notifications.getAll())).sort();

async function waitFor<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** Fire the real alarms listener: a one-shot alarm with the nudges prefix, in `ms`. */
const scheduleRun = (worker: Worker, name: string, ms: number) =>
  worker.evaluate(({ name, ms }) => chrome.alarms.create(name, { when: Date.now() + ms }), { name, ms });

/** The extension's service-worker target, through the DevTools protocol (absent while it is stopped). */
async function workerTarget() {
  const page = h.context.pages()[0] ?? (await h.context.newPage());
  const cdp = await h.context.newCDPSession(page);
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
  await cdp.detach();
  return targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${h.extensionId}/`));
}

/** Stop the service worker as Chrome does when it idles: close its target, wait until it is gone. */
async function stopWorker(): Promise<void> {
  const target = await workerTarget();
  if (!target) throw new Error('No service worker target');
  const page = h.context.pages()[0] ?? (await h.context.newPage());
  const cdp = await h.context.newCDPSession(page);
  await cdp.send('Target.closeTarget', { targetId: target.targetId });
  await cdp.detach();
  await waitFor('the worker to stop', async () => !(await workerTarget()));
}

describe('nudges', () => {
  const SPY = `(() => {
    const calls = (globalThis.__createdNotifications = []);
    const real = chrome.notifications.create.bind(chrome.notifications);
    chrome.notifications.create = (...args) => {
      calls.push(args[1].title);
      return real(...args);
    };
  })()`;

  it('an alarm delivers the most useful nudges as real notifications, within the daily budget', async () => {
    const worker = await h.worker();
    await seed(worker);
    await worker.evaluate((s) => chrome.storage.local.set({ settings: s }), settings(3));
    // Record what reaches the real API (the spy calls through to it).
    await worker.evaluate(SPY);

    await scheduleRun(worker, 'rebound-nudges:e2e-first', 500);
    const state = await waitFor('the first run', async () => {
      const s = await readState(worker);
      return s.delivered.length > 0 && s;
    });
    const thankYouKey = state.delivered[0]!.key;
    expect(thankYouKey).toMatch(/^thank-you:globex:\d{4}-\d{2}-\d{2}$/);
    expect(state.delivered.map((d) => d.key)).toEqual([thankYouKey, 'follow-up:acme', 'offers:initech,umbrella']);
    const titles = await waitFor('three notifications', async () => {
      const t = await worker.evaluate(() => (globalThis as unknown as { __createdNotifications: string[] }).__createdNotifications);
      return t.length === 3 && t;
    });
    expect(titles).toEqual(['Thank Globex for the interview', 'Follow up with Acme?', '2 offers on the table']);
    expect(await notificationIds(worker)).toEqual(
      ['rebound-nudge:follow-up:acme', 'rebound-nudge:offers:initech,umbrella', `rebound-nudge:${thankYouKey}`].sort(),
    );
  });

  it('a second run inside the cool-down creates none', async () => {
    const worker = await h.worker();
    const before = await readState(worker);
    const ids = await notificationIds(worker);
    await scheduleRun(worker, 'rebound-nudges:e2e-second', 300);
    const after = await waitFor('the second run', async () => {
      const s = await readState(worker);
      return s.lastRunAt !== before.lastRunAt && s;
    });
    expect(after.delivered).toEqual(before.delivered);
    expect(await worker.evaluate(() => (globalThis as unknown as { __createdNotifications: string[] }).__createdNotifications)).toHaveLength(3);
    expect(await notificationIds(worker)).toEqual(ids);
  });

  it('restarting the service worker between scheduling and firing loses nothing', async () => {
    const worker = await h.worker();
    // A bigger budget: two more nudges may go today, and only those (the log says the rest went).
    await worker.evaluate((s) => chrome.storage.local.set({ settings: s }), settings(5));
    await worker.evaluate(() => ((globalThis as unknown as { __beforeRestart: boolean }).__beforeRestart = true));
    await scheduleRun(worker, 'rebound-nudges:e2e-after-restart', 3000);
    await stopWorker();

    // The alarm wakes a new worker; its listener runs the rules with the state kept in storage.
    // (Playwright keeps one handle for the extension's worker and evaluates in the new one.)
    await waitFor('the alarm to wake the worker', async () => Boolean(await workerTarget()));
    const woken = worker;
    expect(await woken.evaluate(() => (globalThis as unknown as { __beforeRestart?: boolean }).__beforeRestart ?? false)).toBe(false);
    const state = await waitFor('the run after the restart', async () => {
      const s = await readState(woken);
      return s.delivered.length === 5 && s;
    });
    expect(state.delivered.slice(3).map((d) => d.key)).toEqual(['momentum', 'thin-pipeline']);
    expect(new Set(state.delivered.map((d) => d.key)).size).toBe(5);
    expect(state.shown['rebound-nudge:momentum']?.title).toBe('1 saved job waiting for you');
    expect(state.shown['rebound-nudge:thin-pipeline']?.title).toBe('Only 4 applications in flight');
    expect(await notificationIds(woken)).toEqual(Object.keys(state.shown).sort());
  });

  it('a click opens the options page at the right place', async () => {
    const worker = await h.worker();
    // Chromium offers no way to click a notification from outside; this calls the very handler the
    // notifications.onClicked listener calls.
    const click = (id: string) =>
      worker.evaluate(
        (id) => (globalThis as unknown as { reboundNudges: { handleNotificationClick(id: string): Promise<void> } }).reboundNudges.handleNotificationClick(id),
        id,
      );
    const optionsUrl = `chrome-extension://${h.extensionId}/src/options/index.html`;
    await click('rebound-nudge:follow-up:acme');
    const page = await waitFor('the options page', async () => h.context.pages().find((p) => p.url().startsWith(optionsUrl)));
    expect(page.url()).toBe(`${optionsUrl}#/app/acme`);
    expect(await notificationIds(worker)).not.toContain('rebound-nudge:follow-up:acme');

    await click('rebound-nudge:momentum');
    await waitFor('the saved jobs list', async () => page.url() === `${optionsUrl}#/list?stage=saved`);
    expect(h.context.pages().filter((p) => p.url().startsWith(optionsUrl))).toHaveLength(1);
  });

  it("the popup's next steps list the same nudges", async () => {
    const worker = await h.worker();
    const expected = await worker.evaluate(async () =>
      (
        await (globalThis as unknown as { reboundNudges: { currentNudges(): Promise<{ key: string; title: string }[]> } }).reboundNudges.currentNudges()
      )
        .slice(0, 4)
        .map((n) => n.title),
    );
    expect(expected).toEqual(['Thank Globex for the interview', 'Follow up with Acme?', '2 offers on the table', '1 saved job waiting for you']);
    const popup = await h.openPopup();
    const titles = "[...document.querySelectorAll('.next-steps__title')].map((b) => b.textContent)";
    // The popup shows the list the background stored and asks for a fresh one on opening: wait until
    // it shows exactly these (a wrong or stale list times out).
    await popup.waitFor(`JSON.stringify(${titles}) === ${JSON.stringify(JSON.stringify(expected))}`);
    expect(await popup.evaluate<string[]>(titles)).toEqual(expected);

    // A one-click stage change in the popup: the background runs the rules again and the list follows.
    await popup.evaluate(chooseStage('Stage of Product Designer at Acme', 'interviewing'));
    await popup.waitFor(`!${titles}.includes('Follow up with Acme?')`);
    expect(await popup.evaluate<string[]>(titles)).not.toContain('Follow up with Acme?');
    await popup.close();
  });
});
