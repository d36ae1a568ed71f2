/**
 * Nudges end to end in a real browser: seeded pipeline → the real alarms listener → real
 * notifications → cool-down → the background stopped between scheduling and firing (a service worker
 * in Chromium, an event page in Firefox) → a click → the popup's next steps.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeTransaction } from '../support/in-page';
import { launchBrowser, pollUntil, type Driver } from '../support/driver';
import { canRun } from '../support/browser-limits';
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
  // An interview round yesterday: thank-you (the stage event below alone would claim nothing).
  { ...record('globex', 'Globex', 'UX Researcher', 'interviewing', 12), interviews: [{ id: 'round-1', name: 'Portfolio review', at: now - DAY, notes: '' }] },
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

let h: Driver;

beforeAll(async () => {
  h = await launchBrowser();
});
afterAll(async () => {
  await h?.close();
});

async function seed() {
  // Let the extension create its database with its own schema first, then write raw records.
  await h.background(async () => void (await (globalThis as unknown as { reboundNudges: { currentNudges(): Promise<unknown> } }).reboundNudges.currentNudges()));
  await h.background(storeTransaction, { applications: APPS, events: EVENTS });
}

const readState = () =>
  h.background(async () => ((await chrome.storage.local.get('nudgeState')).nudgeState ?? { delivered: [], shown: {}, lastRunAt: null }) as State);

/** What the browser lists as shown (see browser-limits.ts: notificationsStayListed). */
const notificationIds = async () => Object.keys(await h.background(() => chrome.notifications.getAll())).sort();

interface Created {
  id: string;
  title: string;
  withButtons: boolean;
}

const waitFor = <T>(what: string, probe: () => Promise<T>) => pollUntil(what, probe, 20_000);

/** Fire the real alarms listener: a one-shot alarm with the nudges prefix, in `ms`. */
const scheduleRun = (name: string, ms: number) =>
  h.background(({ name, ms }) => chrome.alarms.create(name, { when: Date.now() + ms }), { name, ms });

const createdNotifications = () => h.background(() => (globalThis as unknown as { __createdNotifications: Created[] }).__createdNotifications);

describe('nudges', () => {
  /**
   * Records every notification the real API accepted (the spy calls through to it), in both
   * namespaces: in Firefox `browser` is its own object, not a wrapper of `chrome`.
   */
  const SPY = () => {
    type Create = (id: string, options: { title: string; buttons?: unknown[] }) => Promise<string>;
    const g = globalThis as unknown as { __createdNotifications: Created[]; browser?: { notifications: { create: Create } } };
    const created: Created[] = (g.__createdNotifications = []);
    const namespaces = new Set([chrome.notifications as unknown as { create: Create }, g.browser?.notifications].filter((n) => n !== undefined));
    for (const api of namespaces) {
      const real = api.create.bind(api);
      api.create = async (id, options) => {
        const shown = await real(id, options);
        created.push({ id: shown, title: options.title, withButtons: Boolean(options.buttons?.length) });
        return shown;
      };
    }
  };

  it('an alarm delivers the most useful nudges as real notifications, within the daily budget', async () => {
    await seed();
    await h.background((s) => chrome.storage.local.set({ settings: s }), settings(3));
    // Record what reaches the real API (the spy calls through to it).
    await h.background(SPY);

    await scheduleRun('rebound-nudges:e2e-first', 500);
    const state = await waitFor('the first run', async () => {
      const s = await readState();
      return s.delivered.length > 0 && s;
    });
    const thankYouKey = state.delivered[0]!.key;
    expect(thankYouKey).toBe('thank-you:globex:round-1');
    expect(state.delivered.map((d) => d.key)).toEqual([thankYouKey, 'follow-up:acme', 'offers:initech,umbrella']);
    const created = await waitFor('three notifications', async () => {
      const c = await createdNotifications();
      return c.length === 3 && c;
    });
    expect(created.map((c) => c.title)).toEqual(['Thank Globex for the interview', 'Follow up with Acme?', '2 offers on the table']);
    const ids = ['rebound-nudge:follow-up:acme', 'rebound-nudge:offers:initech,umbrella', `rebound-nudge:${thankYouKey}`].sort();
    expect(created.map((c) => c.id).sort()).toEqual(ids);
    // The API lists a notification a moment after create() returns: wait for all three.
    if (canRun('notificationsStayListed')) await expect.poll(notificationIds).toEqual(ids);
  });

  it('shows buttons where the browser has them, and the same notification without them in Firefox', async () => {
    // Firefox rejects `buttons` ("unsupported by Firefox"); background/nudges.ts then shows it without.
    const created = await createdNotifications();
    expect(created.map((c) => c.withButtons)).toEqual(h.name === 'firefox' ? [false, false, false] : [true, true, true]);
  });

  it('a second run inside the cool-down creates none', async () => {
    const before = await readState();
    const ids = await notificationIds();
    await scheduleRun('rebound-nudges:e2e-second', 300);
    const after = await waitFor('the second run', async () => {
      const s = await readState();
      return s.lastRunAt !== before.lastRunAt && s;
    });
    expect(after.delivered).toEqual(before.delivered);
    // Settled: runs take turns, so once a run of our own has finished, the alarm's run has finished
    // too (its state is written before its notifications are made). Ours is inside the cool-down as well.
    const ours = await h.background(() =>
      (globalThis as unknown as { reboundNudges: { runNudges(): Promise<{ delivered: string[] }> } }).reboundNudges.runNudges(),
    );
    expect(ours.delivered).toEqual([]);
    expect(await createdNotifications()).toHaveLength(3);
    if (canRun('notificationsStayListed')) expect(await notificationIds()).toEqual(ids);
  });

  it('stopping the background between scheduling and firing loses nothing', async () => {
    // A bigger budget: two more nudges may go today, and only those (the log says the rest went).
    await h.background((s) => chrome.storage.local.set({ settings: s }), settings(5));
    await h.background(() => ((globalThis as unknown as { __beforeRestart: boolean }).__beforeRestart = true));
    await scheduleRun('rebound-nudges:e2e-after-restart', 3000);
    await h.stopBackground();

    // The alarm wakes a new background; its listener runs the rules with the state kept in storage.
    await waitFor('the alarm to wake the background', () => h.backgroundRunning());
    expect(await h.background(() => (globalThis as unknown as { __beforeRestart?: boolean }).__beforeRestart ?? false)).toBe(false);
    const state = await waitFor('the run after the restart', async () => {
      const s = await readState();
      return s.delivered.length === 5 && s;
    });
    expect(state.delivered.slice(3).map((d) => d.key)).toEqual(['momentum', 'thin-pipeline']);
    expect(new Set(state.delivered.map((d) => d.key)).size).toBe(5);
    expect(state.shown['rebound-nudge:momentum']?.title).toBe('1 saved job waiting for you');
    expect(state.shown['rebound-nudge:thin-pipeline']?.title).toBe('Only 4 applications in flight');
    if (canRun('notificationsStayListed')) await expect.poll(notificationIds).toEqual(Object.keys(state.shown).sort());
  });

  it('a click opens the options page at the right place', async () => {
    // No browser offers a way to click a notification from outside; this calls the very handler the
    // notifications.onClicked listener calls.
    const click = (id: string) =>
      h.background(
        (id) => (globalThis as unknown as { reboundNudges: { handleNotificationClick(id: string): Promise<void> } }).reboundNudges.handleNotificationClick(id),
        id,
      );
    const optionsUrl = h.extensionUrl('src/options/index.html');
    await click('rebound-nudge:follow-up:acme');
    const page = await h.waitForTab(optionsUrl);
    expect(await page.url()).toBe(`${optionsUrl}#/app/acme`);
    await expect.poll(notificationIds).not.toContain('rebound-nudge:follow-up:acme');

    await click('rebound-nudge:momentum');
    await page.waitForURL(`${optionsUrl}#/list?stage=saved`);
    const urls = await Promise.all((await h.tabs()).map((t) => t.url()));
    expect(urls.filter((u) => u.startsWith(optionsUrl))).toHaveLength(1);
  });

  it("the popup's next steps list the same nudges", async () => {
    const expected = await h.background(async () =>
      (
        await (globalThis as unknown as { reboundNudges: { currentNudges(): Promise<{ key: string; title: string }[]> } }).reboundNudges.currentNudges()
      )
        .slice(0, 4)
        .map((n) => n.title),
    );
    expect(expected).toEqual(['Thank Globex for the interview', 'Follow up with Acme?', '2 offers on the table', '1 saved job waiting for you']);
    const popup = await h.openPopup();
    const titles = () => [...document.querySelectorAll('.next-steps__title')].map((b) => b.textContent);
    // The popup shows the list the background stored and asks for a fresh one on opening: wait until
    // it shows exactly these (a wrong or stale list times out).
    await popup.waitFor((want) => JSON.stringify([...document.querySelectorAll('.next-steps__title')].map((b) => b.textContent)) === want, JSON.stringify(expected));
    expect(await popup.evaluate(titles)).toEqual(expected);

    // A one-click stage change in the popup: the background runs the rules again and the list follows.
    await popup.select({ css: 'select', label: 'Stage of Product Designer at Acme' }, 'interviewing');
    await popup.waitFor(() => ![...document.querySelectorAll('.next-steps__title')].some((b) => b.textContent === 'Follow up with Acme?'));
    expect(await popup.evaluate(titles)).not.toContain('Follow up with Acme?');
    await popup.close();
  });
});
