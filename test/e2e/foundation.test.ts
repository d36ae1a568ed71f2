/**
 * The foundation, end to end in a real browser: a posting served under its real hostname is saved
 * through the real toolbar popup and through the keyboard-shortcut path; the record is in IndexedDB;
 * it shows in the popup and the options page; saving again does not duplicate; a stage change made in
 * the popup appears in the options page timeline.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itWhere } from '../support/browser-limits';
import { launchBrowser, type Driver, type Tab } from '../support/driver';

const GREENHOUSE = 'https://boards.greenhouse.io/northwind/jobs/5550001';
const LEVER = 'https://jobs.lever.co/northwind/0d6f3a52-8c1e-4b7a-9f2d-3e5a7c9b1d42';

let h: Driver;
beforeAll(async () => {
  h = await launchBrowser();
});
afterAll(async () => {
  await h?.close();
});

const fieldValue = (name: string) => (document.querySelector<HTMLInputElement>(`[name="${name}"]`)?.value ?? null);
const bodyHas = (text: string) => document.body.innerText.includes(text);

describe('saving a job and seeing it everywhere', () => {
  let posting: Tab;

  it('saves the posting through the popup, with the user’s correction', async () => {
    posting = await h.open(GREENHOUSE);
    await posting.bringToFront();
    const popup = await h.openPopup();
    await popup.waitFor(() => document.querySelector<HTMLInputElement>('[name=title]')?.value === 'Senior Product Designer');
    await expect.poll(() => popup.evaluate(fieldValue, 'company')).toBe('Northwind Labs');
    await expect.poll(() => popup.evaluate(fieldValue, 'location')).toBe('Lisbon, Portugal');

    // The user corrects the detected location before saving.
    await popup.fill('[name=location]', 'Lisbon, Portugal (hybrid)');
    await popup.click({ css: 'button', text: 'Save this job' });
    await popup.waitFor(bodyHas, 'In your pipeline');
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
    await h.shortcut(posting);
    await expect.poll(async () => (await h.events()).filter((e) => e.source === 'shortcut').length).toBe(1);
    const apps = await h.applications();
    expect(apps).toHaveLength(1);
    // A re-capture never overwrites what the user typed.
    expect(apps[0]?.location).toBe('Lisbon, Portugal (hybrid)');
  });

  it('saves another posting through the shortcut path', async () => {
    const lever = await h.open(LEVER);
    await lever.bringToFront();
    await h.shortcut(lever);
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
    await popup.waitFor(bodyHas, 'Data Analyst, Growth');
    const text = await popup.evaluate(() => document.body.innerText);
    expect(text).toContain('Senior Product Designer');
    await popup.select({ css: 'select', label: 'Stage of Data Analyst, Growth' }, 'applied');
    await h.waitForApplications((apps) => apps.some((a) => a.board === 'lever' && a.stage === 'applied'));
    await expect.poll(() => popup.evaluate(() => [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Save this job'))).toBe(false);
    await popup.close();
  });

  it('shows the pipeline and the stage change on the options page timeline', async () => {
    const list = await h.openExtensionPage('options');
    await list.waitFor(bodyHas, 'Data Analyst, Growth');
    await expect.poll(() => list.evaluate(bodyHas, 'Senior Product Designer')).toBe(true);

    const lever = (await h.applications()).find((a) => a.board === 'lever')!;
    const detail = await h.openExtensionPage('options', `#/app/${lever.id}`);
    await detail.waitFor(() => /Moved from Saved to Applied/.test(document.body.innerText));
    await expect.poll(async () => (await h.events()).filter((e) => e.applicationId === lever.id).map((e) => e.kind)).toEqual(['captured', 'stage']);
    const events = (await h.events()).filter((e) => e.applicationId === lever.id);
    expect(events[1]).toMatchObject({ from: 'saved', to: 'applied', source: 'popup' });
  });

  itWhere('unlimitedQuotaReadout', 'keeps the pipeline out of reach of eviction (unlimitedStorage)', async () => {
    // A web page gets the browser's best-effort share of the disk, which it may evict under pressure;
    // the extension's store is exempt from quota and eviction, so its quota is the whole free disk.
    const web = await h.open(GREENHOUSE);
    const pageQuota = await web.evaluate(async () => (await navigator.storage.estimate()).quota ?? 0);
    const options = await h.openExtensionPage('options');
    const storeQuota = await options.evaluate(async () => (await navigator.storage.estimate()).quota ?? 0);
    expect(storeQuota).toBeGreaterThan(pageQuota * 2);
  });
});
