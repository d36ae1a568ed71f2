/**
 * Daily use, end to end in real Chromium (issue 17): the board shows every stage at 1280 and 1920
 * and no options page scrolls sideways; the popup on an article about applying offers to save it,
 * not congratulations; a rejected application's page leads to its debrief, whose last step becomes
 * an action item said back on the done screen. Screenshots go to docs/screenshots/.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from './harness';
import { bodyText, buttonExists } from './popup-dom';

const DOCS = path.resolve('docs/screenshots');
const DAY = 86_400_000;
const STAGES = ['saved', 'applied', 'screening', 'interviewing', 'offer', 'accepted', 'rejected', 'withdrawn', 'no_response'];

let h: Harness;
let page: Page;

beforeAll(async () => {
  h = await launch();
  page = await h.openOptions('#/');
  await page.waitForSelector('h1');
  await seed(page);
  await page.reload();
});
afterAll(async () => {
  await h?.close();
});

/** Two applications in every stage (three applied), straight into IndexedDB. */
async function seed(target: Page): Promise<void> {
  await target.evaluate(
    async ({ DAY, STAGES }) => {
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
            description: 'A plain description.', notes: '', contacts: [], interviews: [], tags: [], excitement: null, deadline: null,
            resumeVersion: '', coverLetterVersion: '', stage, savedAt: now - (40 + i) * DAY, appliedAt: stage === 'saved' ? null : now - (30 + i) * DAY,
            updatedAt: now - i * DAY, createdAt: now - (40 + i) * DAY, postingUrl: `https://example.test/${i}`, canonicalUrl: `https://example.test/${i}`,
          });
        }
      }
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('rebound');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = db.transaction(['applications'], 'readwrite');
      for (const app of apps) tx.objectStore('applications').put(app);
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { DAY, STAGES },
  );
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

describe('the board at common window sizes', () => {
  it('at 1920 shows all nine stages without scrolling, and uses the width', async () => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.getByRole('button', { name: 'Board' }).click();
    await page.locator('[data-stage="applied"] .board-card').first().waitFor();
    const { heads, pageScroll, width } = await boardGeometry();
    expect(pageScroll).toBe(0);
    for (const stage of STAGES) {
      expect(heads[stage]!.left, stage).toBeGreaterThanOrEqual(0);
      expect(heads[stage]!.right, stage).toBeLessThanOrEqual(width);
    }
    // Wide screens are used: the board spans most of the window, not a 1,100 px strip.
    expect(heads.no_response!.right - heads.saved!.left).toBeGreaterThan(width * 0.85);
    expect(await page.getByTestId('board-scroll-cue').count()).toBe(0);
    await page.screenshot({ path: path.join(DOCS, 'board-1920.png') });
  });

  it('at 1280 every stage is still in view; narrower, the board scrolls itself with a cue and by keyboard', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect.poll(async () => (await boardGeometry()).heads.no_response!.right).toBeLessThanOrEqual(1280);
    const { pageScroll } = await boardGeometry();
    expect(pageScroll).toBe(0);
    await page.screenshot({ path: path.join(DOCS, 'board-1280.png') });

    await page.setViewportSize({ width: 1000, height: 800 });
    const cue = page.getByTestId('board-scroll-cue');
    await cue.waitFor();
    expect(await cue.textContent()).toContain('More stages to the right');
    expect((await boardGeometry()).pageScroll).toBe(0);
    const board = page.getByTestId('board');
    await board.focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => board.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    await expect.poll(async () => (await cue.textContent()) ?? '').toMatch(/on both sides|to the left/);
  });

  it('no options page scrolls sideways at 1280 or 1920', async () => {
    const wide: string[] = [];
    for (const width of [1280, 1920]) {
      await page.setViewportSize({ width, height: 900 });
      for (const route of ['#/', '#/app/app-rejected-0', '#/debrief/app-rejected-0', '#/insights', '#/stats', '#/data', '#/settings']) {
        await page.goto(page.url().replace(/#.*$/, '') + route);
        await page.waitForSelector('#main h1');
        const extra = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (extra > 0) wide.push(`${route} at ${width}: ${extra}px`);
      }
    }
    expect(wide).toEqual([]);
  });
});

describe('a rejected application and its debrief', () => {
  it('the page leads to the debrief, whose next step becomes an action item shown on the done screen', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(page.url().replace(/#.*$/, '') + '#/app/app-rejected-0');
    const card = page.getByTestId('debrief-card');
    await card.getByRole('link', { name: 'Start the debrief' }).click();
    await page.waitForURL(/#\/debrief\/app-rejected-0$/);
    await page.getByRole('button', { name: 'Step 5: Keep going' }).click();
    await page.getByLabel('Your next step').fill('Apply to the two saved design roles');
    await page.getByLabel(/By when/).fill('2030-03-15');
    await page.getByRole('button', { name: 'Finish the debrief' }).click();
    const said = page.getByTestId('committed-next-step');
    await said.waitFor();
    expect(await said.textContent()).toContain('Apply to the two saved design roles');
    expect(await said.textContent()).toMatch(/by (15 Mar|Mar 15),? 2030/);
    await page.screenshot({ path: path.join(DOCS, 'debrief-done.png') });
    const items = await h.table<{ id: string; text: string; dueAt: number | null; applicationId: string }>('actionItems');
    expect(items).toEqual([
      expect.objectContaining({ text: 'Apply to the two saved design roles', applicationId: 'app-rejected-0', dueAt: new Date(2030, 2, 15).getTime() }),
    ]);

    await page.goto(page.url().replace(/#.*$/, '') + '#/app/app-rejected-0');
    await card.getByRole('link', { name: 'View the debrief' }).waitFor();
  });
});

describe('the popup on an article about applying', () => {
  it('offers to save the page, with no congratulations and Save as the main button', async () => {
    const article = await h.open('https://www.indeed.com/career-advice/finding-a-job/thank-you-note');
    await article.bringToFront();
    const popup = await h.openPopup();
    await popup.waitFor(`document.body.innerText.includes('This page')`);
    await popup.waitFor(`${buttonExists('Save this job')}`);
    const text = await popup.evaluate<string>(bodyText);
    expect(text).not.toContain('just applied');
    expect(text).toContain('doesn’t look like a single job posting');
    expect(await popup.evaluate<string>(`document.querySelector('.capture .button--primary')?.textContent.trim()`)).toBe('Save this job');
    await popup.screenshot(path.join(DOCS, 'popup-article.png'));
    await popup.close();
    await article.close();
  });
});
