/**
 * The foundation, end to end in real Chromium: a posting served under its real hostname is saved
 * through the real toolbar popup and through the keyboard-shortcut path; the record is in IndexedDB;
 * it shows in the popup and the options page; saving again does not duplicate; a stage change made in
 * the popup appears in the options page timeline.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from './harness';
import { bodyText, buttonExists, chooseStage, clickButton, fieldValue, typeInto } from './popup-dom';

const GREENHOUSE = 'https://boards.greenhouse.io/northwind/jobs/5550001';
const LEVER = 'https://jobs.lever.co/northwind/0d6f3a52-8c1e-4b7a-9f2d-3e5a7c9b1d42';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

/** Run the same handler the keyboard shortcut (Alt+Shift+S) runs, for the tab showing `url`. */
async function pressSaveShortcut(url: string): Promise<void> {
  const worker = await h.worker();
  await worker.evaluate(async (tabUrl) => {
    const [tab] = await chrome.tabs.query({ url: tabUrl });
    const rebound = (globalThis as unknown as { rebound: { handleCommand(c: string, t: unknown): Promise<void> } }).rebound;
    await rebound.handleCommand('save-job', tab);
  }, url);
}

describe('saving a job and seeing it everywhere', () => {
  let posting: Page;

  it('saves the posting through the popup, with the user’s correction', async () => {
    posting = await h.open(GREENHOUSE);
    await posting.bringToFront();
    const popup = await h.openPopup();
    await popup.waitFor(`${fieldValue('title')} === 'Senior Product Designer'`);
    expect(await popup.evaluate(fieldValue('company'))).toBe('Northwind Labs');
    expect(await popup.evaluate(fieldValue('location'))).toBe('Lisbon, Portugal');

    // The user corrects the detected location before saving.
    await popup.evaluate(typeInto('location', 'Lisbon, Portugal (hybrid)'));
    await popup.evaluate(clickButton('Save this job'));
    await popup.waitFor(`document.body.innerText.includes('In your pipeline')`);
    await popup.close();

    const [app, ...rest] = await h.waitForApplications((apps) => apps.length === 1);
    expect(rest).toEqual([]);
    expect(app).toMatchObject({
      title: 'Senior Product Designer',
      company: 'Northwind Labs',
      location: 'Lisbon, Portugal (hybrid)',
      board: 'greenhouse',
      jobId: '5550001',
      stage: 'saved',
      postingUrl: GREENHOUSE,
    });
    expect(app?.salary).toContain('60,000');
  });

  it('does not duplicate the job when it is saved again with the shortcut', async () => {
    await pressSaveShortcut(GREENHOUSE);
    await h.waitForApplications(() => true);
    const events = await h.events();
    expect(events.filter((e) => e.source === 'shortcut')).toHaveLength(1);
    const apps = await h.applications();
    expect(apps).toHaveLength(1);
    // A re-capture never overwrites what the user typed.
    expect(apps[0]?.location).toBe('Lisbon, Portugal (hybrid)');
  });

  it('saves another posting through the shortcut path', async () => {
    const lever = await h.open(LEVER);
    await lever.bringToFront();
    await pressSaveShortcut(LEVER);
    const apps = await h.waitForApplications((all) => all.length === 2);
    expect(apps.find((a) => a.board === 'lever')).toMatchObject({
      title: 'Data Analyst, Growth',
      company: 'Northwind Labs',
      location: 'Amsterdam, Netherlands',
      workMode: 'hybrid',
      stage: 'saved',
    });
  });

  it('shows both in the popup, where one click changes a stage', async () => {
    await posting.bringToFront();
    const popup = await h.openPopup();
    await popup.waitFor(`document.body.innerText.includes('Data Analyst, Growth')`);
    const text = await popup.evaluate<string>(bodyText);
    expect(text).toContain('Senior Product Designer');
    await popup.evaluate(chooseStage('Stage of Data Analyst, Growth', 'applied'));
    await h.waitForApplications((apps) => apps.some((a) => a.board === 'lever' && a.stage === 'applied'));
    expect(await popup.evaluate<boolean>(buttonExists('Save this job'))).toBe(false);
    await popup.close();
  });

  it('shows the pipeline and the stage change on the options page timeline', async () => {
    const list = await h.openOptions();
    await list.getByText('Data Analyst, Growth').first().waitFor();
    await expect(list.getByText('Senior Product Designer').count()).resolves.toBeGreaterThan(0);

    const lever = (await h.applications()).find((a) => a.board === 'lever')!;
    const detail = await h.openOptions(`#/app/${lever.id}`);
    await detail.getByText(/Moved from Saved to Applied/).first().waitFor();
    const events = (await h.events()).filter((e) => e.applicationId === lever.id);
    expect(events.map((e) => e.kind)).toEqual(['captured', 'stage']);
    expect(events[1]).toMatchObject({ from: 'saved', to: 'applied', source: 'popup' });
  });
});
