/**
 * Daily use, end to end in a real browser (issue 17): the board shows every stage at 1280 and 1920
 * and no options page scrolls sideways; the popup on an article about applying offers to save it,
 * not congratulations; a rejected application's page leads to its debrief, whose last step becomes
 * an action item said back on the done screen. Screenshots go to artifacts/screenshots/.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type Driver, type Tab } from '../support/driver';
import { canRun, describeWhere } from '../support/browser-limits';
import { hasHeading, showsText, storeTransaction } from '../support/in-page';
import { setViewport } from '../support/viewport';
import { SHOTS } from '../support/screenshots';

// The README's copies in docs/screenshots are taken from here by hand, after looking at them.
const DOCS = SHOTS;
const DAY = 86_400_000;
const STAGES = ['saved', 'applied', 'screening', 'interviewing', 'offer', 'accepted', 'rejected', 'withdrawn', 'no_response'];

let h: Driver;
let page: Tab;

beforeAll(async () => {
  h = await launchBrowser();
  page = await h.openExtensionPage('options', '#/');
  await page.waitFor(() => document.querySelector('h1'));
  await seed(page);
  await page.reload();
});

/** A window size where the browser can set one (layout-only checks need it; others just look better). */
async function setViewportIfPossible(width: number, height: number): Promise<void> {
  if (canRun('viewportSizes')) await setViewport(page, width, height);
}

/** Go to an options route and wait for its heading. */
async function route(hash: string): Promise<void> {
  await page.goto((await page.url()).replace(/#.*$/, '') + hash);
  await page.waitFor(() => document.querySelector('#main h1'));
}
afterAll(async () => {
  await h?.close();
});

/** Two applications in every stage (three applied), straight into IndexedDB. */
async function seed(target: Tab): Promise<void> {
  const now = Date.now();
  const titles = ['Senior Product Designer', 'Data Analyst', 'UX Researcher', 'Frontend Engineer', 'Staff Backend Engineer (Payments)', 'Engineering Manager'];
  const companies = ['Northwind', 'Fable', 'Lumen', 'Contoso', 'Globex', 'Initech', 'Umbrella', 'Hooli'];
  const apps: Record<string, unknown>[] = [];
  let i = 0;
  for (const stage of STAGES) {
    for (let k = 0; k < (stage === 'applied' ? 3 : 2); k++, i++) {
      apps.push({
        id: `app-${stage}-${k}`, title: titles[i % titles.length], company: companies[i % companies.length], location: 'Berlin',
        workMode: null, salary: '', employmentType: 'Full-time', board: ['greenhouse', 'lever', 'linkedin'][i % 3], jobId: '', jobKey: '',
        description: 'A plain description.', notes: '', contacts: [], tags: [], excitement: null, deadline: null,
        // One round the day after tomorrow: an upcoming interview for the popup and the pipeline.
        interviews: stage === 'interviewing' && k === 0 ? [{ id: 'round-1', name: 'Technical interview', at: now + 2 * DAY, notes: '' }] : [],
        // Written past Dexie, so the index field its write layer keeps is written here too.
        interviewAt: stage === 'interviewing' && k === 0 ? [now + 2 * DAY] : [],
        resumeVersion: '', coverLetterVersion: '', stage, savedAt: now - (40 + i) * DAY, appliedAt: stage === 'saved' ? null : now - (30 + i) * DAY,
        updatedAt: now - i * DAY, createdAt: now - (40 + i) * DAY, postingUrl: `https://example.test/${i}`, canonicalUrl: `https://example.test/${i}`,
      });
    }
  }
  await target.evaluate(storeTransaction, { applications: apps });
}

/** Each stage heading's box, and how far the page itself scrolls sideways. */
async function boardGeometry() {
  return page.evaluate((stages) => {
    const heads = Object.fromEntries(
      stages.map((stage) => {
        const box = document.querySelector(`[data-stage="${stage}"] .board-column__head`)!.getBoundingClientRect();
        return [stage, { left: box.left, right: box.right }];
      }),
    );
    return { heads, pageScroll: document.documentElement.scrollWidth - window.innerWidth, width: window.innerWidth };
  }, STAGES);
}

describeWhere('viewportSizes', 'the board at common window sizes', () => {
  it('at 1920 shows all nine stages without scrolling, and uses the width', async () => {
    await setViewport(page, 1920, 1080);
    await page.click({ css: 'button', text: 'Board' });
    await page.waitFor(() => document.querySelector('[data-stage="applied"] .board-card'));
    const { heads, pageScroll, width } = await boardGeometry();
    expect(pageScroll).toBe(0);
    for (const stage of STAGES) {
      expect(heads[stage]!.left, stage).toBeGreaterThanOrEqual(0);
      expect(heads[stage]!.right, stage).toBeLessThanOrEqual(width);
    }
    // Wide screens are used: the board spans most of the window, not a 1,100 px strip.
    expect(heads.no_response!.right - heads.saved!.left).toBeGreaterThan(width * 0.85);
    expect(await page.evaluate(() => document.querySelector('[data-testid="board-scroll-cue"]'))).toBeNull();
    await page.screenshot(path.join(DOCS, 'board-1920.png'));
  });

  it('at 1280 every stage is still in view; narrower, the board scrolls itself with a cue and by keyboard', async () => {
    await setViewport(page, 1280, 800);
    await expect.poll(async () => (await boardGeometry()).heads.no_response!.right).toBeLessThanOrEqual(1280);
    const { pageScroll } = await boardGeometry();
    expect(pageScroll).toBe(0);
    await page.screenshot(path.join(DOCS, 'board-1280.png'));

    await setViewport(page, 1000, 800);
    const cue = () => document.querySelector('[data-testid="board-scroll-cue"]')?.textContent ?? '';
    expect(await page.waitFor(cue)).toContain('More stages to the right');
    expect((await boardGeometry()).pageScroll).toBe(0);
    await page.evaluate(() => document.querySelector<HTMLElement>('[data-testid="board"]')!.focus());
    for (let i = 0; i < 6; i++) await page.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => document.querySelector('[data-testid="board"]')!.scrollLeft)).toBeGreaterThan(0);
    await expect.poll(() => page.evaluate(cue)).toMatch(/on both sides|to the left/);
  });

  it('no options page scrolls sideways at 1280 or 1920', async () => {
    const wide: string[] = [];
    for (const width of [1280, 1920]) {
      await setViewport(page, width, 900);
      for (const hash of ['#/', '#/app/app-rejected-0', '#/debrief/app-rejected-0', '#/insights', '#/stats', '#/data', '#/settings']) {
        await route(hash);
        const extra = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (extra > 0) wide.push(`${hash} at ${width}: ${extra}px`);
      }
    }
    expect(wide).toEqual([]);
  });
});

describe('a rejected application and its debrief', () => {
  it('the page leads to the debrief, whose next step becomes an action item shown on the done screen', async () => {
    await route('#/app/app-rejected-0');
    await page.click({ css: '[data-testid="debrief-card"] a', text: 'Start the debrief' });
    await page.waitForURL(/#\/debrief\/app-rejected-0$/);
    await page.click({ css: 'button', text: 'Keep going' });
    await page.fill({ label: 'Your next step' }, 'Apply to the two saved design roles');
    await page.fill({ label: 'By when' }, '2030-03-15');
    await page.click({ css: 'button', text: 'Finish the debrief' });
    const said = await page.waitFor(() => document.querySelector('[data-testid="committed-next-step"]')?.textContent);
    expect(said).toContain('Apply to the two saved design roles');
    expect(said).toMatch(/by (15 Mar|Mar 15),? 2030/);
    await page.screenshot(path.join(DOCS, 'debrief-done.png'));
    const items = await h.table<{ id: string; text: string; dueAt: number | null; applicationId: string }>('actionItems');
    expect(items).toEqual([
      expect.objectContaining({ text: 'Apply to the two saved design roles', applicationId: 'app-rejected-0', dueAt: new Date(2030, 2, 15).getTime() }),
    ]);

    await route('#/app/app-rejected-0');
    await page.waitFor(() => document.querySelector('[data-testid="debrief-card"] a')?.textContent === 'View the debrief');
  });
});

describe('the popup on an article about applying', () => {
  it('offers to save the page, with no congratulations and Save as the main button', async () => {
    const article = await h.open('https://www.indeed.com/career-advice/finding-a-job/thank-you-note');
    await article.bringToFront();
    const popup = await h.openPopup();
    await popup.waitFor(hasHeading, { name: 'This page' });
    await popup.waitFor(showsText, 'doesn’t look like a single job posting');
    expect(await popup.evaluate(showsText, 'just applied')).toBe(false);
    expect(await popup.evaluate(() => document.querySelector('.capture .button--primary')?.textContent?.trim())).toBe('Save this job');
    // Interviews in the next seven days, in the popup too.
    const upcoming = await popup.waitFor(() => document.querySelector('.upcoming')?.textContent);
    expect(upcoming).toContain('Technical interview ·');
    await popup.screenshot(path.join(DOCS, 'popup-article.png'));
    await popup.close();
    await article.close();
  });
});

describe('first steps', () => {
  it('the welcome page (opened on install: the harness waits for it) shows the shortcut as set and saves a chosen goal', async () => {
    await setViewportIfPossible(1280, 900);
    await route('#/welcome');
    const shortcut = await page.waitFor(() => document.querySelector('[data-testid="welcome-shortcut"]')?.textContent);
    // What the browser reports for the command (the manifest suggests Alt+Shift+S).
    const keys = await h.background(async () => (await chrome.commands.getAll()).find((c) => c.name === 'save-job')?.shortcut ?? '');
    if (keys) expect(shortcut).toContain(keys);
    else expect(shortcut).toContain('No key is set');
    // Firefox offers extensions no way to open its shortcut settings: the page says where they are.
    expect(await page.evaluate(showsText, h.name === 'firefox' ? 'Manage Extension Shortcuts' : 'Change the shortcut')).toBe(true);
    expect(await page.evaluate(showsText, 'Company career sites') || (await page.evaluate(showsText, 'career sites'))).toBe(true);

    // No goal until one is chosen; choosing one saves it.
    const stored = () => h.background(async () => ((await chrome.storage.local.get('settings')).settings as { weeklyGoal?: number | null } | undefined)?.weeklyGoal);
    expect(await stored()).toBeUndefined();
    expect(await page.evaluate(() => document.querySelector<HTMLSelectElement>('select[name="weeklyGoal"]')?.value)).toBe('');
    await page.select({ label: 'Weekly goal' }, '5');
    await expect.poll(stored).toBe(5);
    await page.waitFor(showsText, 'Saved: 5 a week.');
    await page.screenshot(path.join(DOCS, 'welcome.png'));
  });
});

describe('the table', () => {
  it('sorts by the applied date, folds its filters, and hides closed applications until asked', async () => {
    await setViewportIfPossible(1280, 800);
    await route('#/');
    await page.click({ css: 'button', text: 'Table' });
    await page.waitFor(() => document.querySelectorAll('tbody .row-link').length > 0);
    // The filters are folded behind one control beside the search: one row, not 340 px.
    expect(await page.evaluate(() => document.getElementById('pipeline-filters')?.hidden)).toBe(true);
    const filtersHeight = await page.evaluate(() => document.querySelector('.toolbar')!.getBoundingClientRect().height);
    expect(filtersHeight).toBeLessThan(80);

    // Interviews in the next seven days, above the pipeline.
    const upcoming = await page.waitFor(() => document.querySelector('[data-testid="upcoming-interviews"]')?.textContent);
    expect(upcoming).toContain('Technical interview ·');

    await page.click({ css: 'th button', text: 'Applied' });
    const applied = () =>
      [...document.querySelectorAll('tbody tr')].map((tr) => tr.querySelector('.col-applied time')?.getAttribute('datetime') ?? '');
    await page.waitFor(() => document.querySelector('th[aria-sort="descending"]')?.textContent?.includes('Applied'));
    const dates = (await page.evaluate(applied)).filter(Boolean);
    expect(dates.length).toBeGreaterThan(5);
    expect([...dates].sort().reverse()).toEqual(dates);
    await page.screenshot(path.join(DOCS, 'table-sorted-by-applied.png'));

    await page.click({ css: 'label', text: 'Hide closed applications' });
    await page.waitFor(() => document.querySelector('[data-testid="closed-hidden-note"]'));
    const stages = () => [...document.querySelectorAll('tbody .pill')].map((el) => el.textContent?.trim());
    await expect.poll(() => page.evaluate(stages)).not.toContain('Rejected');
    expect(await page.evaluate(stages)).not.toContain('No response');
    // Remembered across visits.
    await page.reload();
    await page.waitFor(() => document.querySelector('[data-testid="closed-hidden-note"]'));
    // The interviews card above the table arrives on its own; once it is in, nothing moves under the click.
    await page.waitFor(() => document.querySelector('[data-testid="upcoming-interviews"]'));
    await page.click({ css: 'button', text: 'Show them' });
    await page.waitFor(() => !document.querySelector('[data-testid="closed-hidden-note"]'));
    await expect.poll(() => page.evaluate(stages)).toContain('Rejected');
  });
});
