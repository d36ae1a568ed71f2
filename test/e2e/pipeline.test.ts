/**
 * The pipeline views end to end in real Chromium: a seeded pipeline on the board, one application
 * dragged across with the mouse and moved on with the keyboard, filters, its page with a contact and
 * an interview round added, and what IndexedDB holds after each step. Screenshots (light and dark)
 * go to artifacts/screenshots/.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from './harness';

const SHOTS = path.resolve('artifacts/screenshots');
const DAY = 86_400_000;

let h: Harness;
let page: Page;

beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

/** Three applications written straight into IndexedDB, as an earlier session would have left them. */
async function seed(target: Page): Promise<void> {
  await target.evaluate(async (DAY) => {
    const now = Date.now();
    const base = {
      location: 'Berlin',
      workMode: null,
      salary: '',
      employmentType: 'Full-time',
      jobId: '',
      jobKey: '',
      description: 'A plain description.',
      notes: '',
      contacts: [],
      interviews: [],
    };
    const apps = [
      { ...base, id: 'app-designer', title: 'Product Designer', company: 'Northwind', board: 'greenhouse', stage: 'applied', savedAt: now - 10 * DAY, appliedAt: now - 9 * DAY, updatedAt: now - 9 * DAY },
      { ...base, id: 'app-analyst', title: 'Data Analyst', company: 'Fable', board: 'lever', stage: 'saved', savedAt: now - 40 * DAY, appliedAt: null, updatedAt: now - 40 * DAY, notes: 'Ask Sam for a referral' },
      { ...base, id: 'app-researcher', title: 'UX Researcher', company: 'Lumen', board: 'linkedin', stage: 'interviewing', savedAt: now - 60 * DAY, appliedAt: now - 59 * DAY, updatedAt: now - 20 * DAY },
    ].map((app) => ({ ...app, postingUrl: `https://example.test/${app.id}`, canonicalUrl: `https://example.test/${app.id}`, createdAt: app.savedAt }));
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('rebound');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction(['applications', 'events'], 'readwrite');
    for (const app of apps) {
      tx.objectStore('applications').put(app);
      tx.objectStore('events').add({ applicationId: app.id, at: app.savedAt, kind: 'captured', to: 'saved', source: 'popup' });
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, DAY);
}

const column = (stage: string) => page.locator(`[data-stage="${stage}"]`);
const card = (title: string) => page.locator('.board-card', { has: page.getByRole('link', { name: title, exact: true }) });
const stored = async (id: string) => (await h.applications()).find((a) => a.id === id);

async function waitForStored(id: string, check: (app: Awaited<ReturnType<typeof stored>>) => boolean) {
  await expect.poll(async () => check(await stored(id)), { timeout: 10_000 }).toBe(true);
}

describe('the pipeline board and an application page', () => {
  it('shows the seeded pipeline on the board, and remembers the choice', async () => {
    page = await h.openOptions('#/');
    await page.waitForSelector('h1');
    await seed(page);
    await page.reload();
    await page.getByRole('button', { name: 'Board' }).click();
    await expect.poll(() => column('applied').locator('.board-card').count()).toBe(1);
    expect(await column('saved').locator('.board-card__title').allTextContents()).toEqual(['Data Analyst']);
    expect(await column('interviewing').locator('.board-card__title').allTextContents()).toEqual(['UX Researcher']);

    await page.reload();
    await page.waitForSelector('[data-testid="board"]');
    expect(await page.getByRole('button', { name: 'Board' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('moves a card by dragging it with the mouse, through the repository', async () => {
    const from = await card('Product Designer').boundingBox();
    const to = await column('screening').boundingBox();
    if (!from || !to) throw new Error('The board is not laid out.');
    await page.mouse.move(from.x + from.width / 2, from.y + 12);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2 + 20, from.y + 30, { steps: 4 });
    await page.mouse.move(to.x + to.width / 2, to.y + 60, { steps: 8 });
    await page.mouse.up();

    await expect.poll(() => column('screening').locator('.board-card__title').allTextContents()).toEqual(['Product Designer']);
    await waitForStored('app-designer', (app) => app?.stage === 'screening');
    const events = (await h.events()).filter((e) => e.applicationId === 'app-designer' && e.kind === 'stage');
    expect(events).toMatchObject([{ from: 'applied', to: 'screening', source: 'options' }]);
  });

  it('moves it on with the keyboard and announces the move', async () => {
    await card('Product Designer').getByRole('link').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => column('interviewing').locator('.board-card__title').allTextContents()).toContain('Product Designer');
    expect(await page.getByTestId('board-announcement').textContent()).toBe('Moved Product Designer at Northwind to Interviewing.');
    await waitForStored('app-designer', (app) => app?.stage === 'interviewing');
    // Focus follows the card into its new column (restored once the column re-renders).
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Product Designer');

    await page.screenshot({ path: path.join(SHOTS, 'board-light.png'), fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: path.join(SHOTS, 'board-dark.png'), fullPage: true });
    await page.setViewportSize({ width: 640, height: 860 }); // what 200% zoom leaves of a 1280-px window
    await page.screenshot({ path: path.join(SHOTS, 'board-dark-200pct.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 860 });
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('filters the board by text, stage and date range', async () => {
    const titles = () => page.locator('.board-card__title').allTextContents();
    await page.getByLabel('Search', { exact: true }).fill('northwind');
    await expect.poll(titles).toEqual(['Product Designer']);
    await page.getByLabel('Search', { exact: true }).fill('referral'); // from the notes
    await expect.poll(titles).toEqual(['Data Analyst']);
    await page.getByLabel('Search', { exact: true }).fill('');

    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toLocaleDateString('en-CA');
    await page.getByLabel('Date of', { exact: true }).selectOption('savedAt');
    await page.getByLabel('From', { exact: true }).fill(day(-45));
    await expect.poll(async () => (await titles()).sort()).toEqual(['Data Analyst', 'Product Designer']);
    await page.getByLabel('Date of', { exact: true }).selectOption('appliedAt');
    await expect.poll(titles).toEqual(['Product Designer']);
    await page.getByLabel('From', { exact: true }).fill('');
    await page.getByLabel('Stage', { exact: true }).selectOption('in_flight');
    await expect.poll(async () => (await titles()).sort()).toEqual(['Product Designer', 'UX Researcher']);
    await page.getByLabel('Stage', { exact: true }).selectOption('');
  });

  it('opens the application page and adds a contact and an interview round', async () => {
    await card('Product Designer').getByRole('link').click();
    await page.waitForURL(/#\/app\/app-designer$/);
    await page.getByRole('heading', { level: 1, name: 'Product Designer' }).waitFor();

    await page.getByRole('button', { name: 'Add a contact' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Jane Doe');
    await page.getByLabel('Role', { exact: true }).fill('Recruiter');
    await page.getByLabel('Email', { exact: true }).fill('jane@northwind.example');
    await page.getByLabel('Profile link', { exact: true }).fill('javascript:alert(1)');
    await page.getByRole('button', { name: 'Save contact' }).click();
    await page.getByText('Use a link starting with https://').waitFor();
    expect((await stored('app-designer'))?.contacts).toEqual([]);
    await page.getByLabel('Profile link', { exact: true }).fill('https://www.linkedin.com/in/jane-doe');
    await page.getByRole('button', { name: 'Save contact' }).click();
    await page.getByRole('link', { name: 'jane@northwind.example' }).waitFor();

    await page.getByRole('button', { name: 'Add an interview round' }).click();
    await page.getByLabel('Round', { exact: true }).fill('Phone screen');
    await page.getByLabel('Date and time', { exact: true }).fill('2026-03-04T14:30');
    await page.getByLabel('Notes on this round', { exact: true }).fill('Ask about the design team');
    await page.getByRole('button', { name: 'Save round' }).click();
    await page.getByTestId('interviews').locator('.people-list__name', { hasText: 'Phone screen' }).waitFor();

    await waitForStored('app-designer', (app) => (app?.contacts?.length ?? 0) === 1 && (app?.interviews?.length ?? 0) === 1);
    const app = await stored('app-designer');
    expect(app?.contacts?.[0]).toMatchObject({
      name: 'Jane Doe',
      role: 'Recruiter',
      email: 'jane@northwind.example',
      profileUrl: 'https://www.linkedin.com/in/jane-doe',
    });
    expect(app?.interviews?.[0]).toMatchObject({ name: 'Phone screen', notes: 'Ask about the design team' });
    // The date typed is local time in the browser.
    const at = app?.interviews?.[0]?.at ?? 0;
    expect(await page.evaluate((t) => new Date(t).toISOString().slice(0, 16) === new Date(2026, 2, 4, 14, 30).toISOString().slice(0, 16), at)).toBe(true);

    const events = (await h.events()).filter((e) => e.applicationId === 'app-designer');
    expect(events.filter((e) => e.kind === 'contact' || e.kind === 'interview').map((e) => e.detail)).toEqual([
      'Added contact Jane Doe (Recruiter)',
      'Added interview round “Phone screen”',
    ]);
    await page.getByTestId('timeline').getByText('Added interview round “Phone screen”').waitFor();

    await page.screenshot({ path: path.join(SHOTS, 'application-light.png'), fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: path.join(SHOTS, 'application-dark.png'), fullPage: true });
    await page.emulateMedia({ colorScheme: 'light' });
  });
});
