/**
 * The pipeline views end to end in a real browser: a seeded pipeline on the board, one application
 * dragged across with the mouse and moved on with the keyboard, filters, its page with a contact and
 * an interview round added, and what IndexedDB holds after each step. Screenshots (light and dark)
 * go to artifacts/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAGE_LABELS } from '../../src/core/stages';
import { STAGES } from '../../src/core/types';
import { itWhere } from '../support/browser-limits';
import { launchBrowser, type Driver, type Tab } from '../support/driver';
import { hasHeading, showsText, storeTransaction, texts } from '../support/in-page';
import { screenshots } from '../support/screenshots';

const DAY = 86_400_000;

let h: Driver;
let page: Tab;

beforeAll(async () => {
  h = await launchBrowser();
});
afterAll(async () => {
  await h?.close();
});

/** Three applications written straight into IndexedDB, as an earlier session would have left them. */
async function seed(target: Tab): Promise<void> {
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
  const events = apps.map((app) => ({ applicationId: app.id, at: app.savedAt, kind: 'captured', to: 'saved', source: 'popup' }));
  await target.evaluate(storeTransaction, { applications: apps, events });
}

/** The card titles in a stage's column. */
const titlesIn = (stage: string) => page.evaluate(texts, `[data-stage="${stage}"] .board-card__title`);
const card = (title: string) => ({ css: '.board-card', text: title });
const button = (text: string) => ({ css: 'button', text });
const stored = async (id: string) => (await h.applications()).find((a) => a.id === id);

async function waitForStored(id: string, check: (app: Awaited<ReturnType<typeof stored>>) => boolean) {
  await expect.poll(async () => check(await stored(id)), { timeout: 10_000 }).toBe(true);
}

describe('the pipeline board and an application page', () => {
  it('shows the seeded pipeline on the board, and remembers the choice', async () => {
    page = await h.openExtensionPage('options', '#/');
    await page.waitFor(() => document.querySelector('h1'));
    await seed(page);
    await page.reload();
    await page.click(button('Board'));
    await expect.poll(() => titlesIn('applied')).toEqual(['Product Designer']);
    await expect.poll(() => titlesIn('saved')).toEqual(['Data Analyst']);
    await expect.poll(() => titlesIn('interviewing')).toEqual(['UX Researcher']);

    await page.reload();
    await page.waitFor(() => document.querySelector('[data-testid="board"]'));
    const pressed = () => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Board')?.getAttribute('aria-pressed');
    await expect.poll(() => page.evaluate(pressed)).toBe('true');
  });

  itWhere('html5DragAndDrop', 'moves a card by dragging it with the mouse, through the repository', async () => {
    await page.drag(card('Product Designer'), '[data-stage="screening"]');

    await expect.poll(() => titlesIn('screening')).toEqual(['Product Designer']);
    await waitForStored('app-designer', (app) => app?.stage === 'screening');
    await expect
      .poll(async () => (await h.events()).filter((e) => e.applicationId === 'app-designer' && e.kind === 'stage'))
      .toMatchObject([{ from: 'applied', to: 'screening', source: 'options' }]);
  });

  it('moves it on with the keyboard and announces the move', async () => {
    await page.evaluate(() =>
      [...document.querySelectorAll<HTMLAnchorElement>('.board-card a')].find((a) => a.textContent?.trim() === 'Product Designer')?.focus(),
    );
    // One column on from where it is: Screening after the drag (Applied where dragging cannot run).
    const from = (await stored('app-designer'))!.stage;
    const to = STAGES[STAGES.indexOf(from) + 1]!;
    await page.press('ArrowRight');
    await expect.poll(() => titlesIn(to)).toContain('Product Designer');
    await expect.poll(() => page.evaluate(() => document.querySelector('[data-testid="board-announcement"]')?.textContent)).toBe(
      `Moved Product Designer at Northwind to ${STAGE_LABELS[to]}.`,
    );
    await waitForStored('app-designer', (app) => app?.stage === to);
    // Focus follows the card into its new column (restored once the column re-renders).
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Product Designer');

    await screenshots(page, { light: 'board-light', dark: 'board-dark', darkNarrow: 'board-dark-200pct' });
  });

  it('filters the board by text, stage and date range', async () => {
    const titles = () => page.evaluate(texts, '.board-card__title');
    await page.fill({ label: 'Search' }, 'northwind');
    await expect.poll(titles).toEqual(['Product Designer']);
    await page.fill({ label: 'Search' }, 'referral'); // from the notes
    await expect.poll(titles).toEqual(['Data Analyst']);
    await page.fill({ label: 'Search' }, '');

    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toLocaleDateString('en-CA');
    await page.select({ label: 'Date of' }, 'savedAt');
    await page.fill({ label: 'From' }, day(-45));
    await expect.poll(async () => (await titles()).sort()).toEqual(['Data Analyst', 'Product Designer']);
    await page.select({ label: 'Date of' }, 'appliedAt');
    await expect.poll(titles).toEqual(['Product Designer']);
    await page.fill({ label: 'From' }, '');
    await page.select({ label: 'Stage' }, 'in_flight');
    await expect.poll(async () => (await titles()).sort()).toEqual(['Product Designer', 'UX Researcher']);
    await page.select({ label: 'Stage' }, '');
  });

  it('opens the application page and adds a contact and an interview round', async () => {
    await page.click({ css: '.board-card a', text: 'Product Designer' });
    await page.waitForURL(/#\/app\/app-designer$/);
    await page.waitFor(hasHeading, { level: 1, name: 'Product Designer' });

    await page.click(button('Add a contact'));
    await page.fill({ label: 'Name' }, 'Jane Doe');
    await page.fill({ label: 'Role' }, 'Recruiter');
    await page.fill({ label: 'Email' }, 'jane@northwind.example');
    await page.fill({ label: 'Profile link' }, 'javascript:alert(1)');
    await page.click(button('Save contact'));
    await page.waitFor(showsText, 'Use a link starting with https://');
    expect((await stored('app-designer'))?.contacts).toEqual([]);
    await page.fill({ label: 'Profile link' }, 'https://www.linkedin.com/in/jane-doe');
    await page.click(button('Save contact'));
    await page.waitFor(() => [...document.querySelectorAll('a')].some((a) => a.textContent?.trim() === 'jane@northwind.example'));

    await page.click(button('Add an interview round'));
    await page.fill({ label: 'Round' }, 'Phone screen');
    await page.fill({ label: 'Date and time' }, '2026-03-04T14:30');
    await page.fill({ label: 'Notes on this round' }, 'Ask about the design team');
    await page.click(button('Save round'));
    await page.waitFor(() =>
      [...document.querySelectorAll('[data-testid="interviews"] .people-list__name')].some((el) => el.textContent?.includes('Phone screen')),
    );

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

    const peopleEvents = async () =>
      (await h.events()).filter((e) => e.applicationId === 'app-designer' && (e.kind === 'contact' || e.kind === 'interview')).map((e) => e.detail);
    await expect.poll(peopleEvents).toEqual([
      'Added contact Jane Doe (Recruiter)',
      'Added interview round “Phone screen”',
    ]);
    await page.waitFor(() => document.querySelector('[data-testid="timeline"]')?.textContent?.includes('Added interview round “Phone screen”'));

    await screenshots(page, { light: 'application-light', dark: 'application-dark' });
  });
});
