/**
 * "Same job as…" end to end: one job saved from LinkedIn and applied to on Greenhouse as two records
 * (the toast's question was missed) is joined from the application's page into one record, applied,
 * with both addresses and both timelines; Undo puts the two back. Screenshots go to artifacts/screenshots/.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, type Driver, type Tab } from '../support/driver';
import { showsText, storeTransaction } from '../support/in-page';
import { screenshots } from '../support/screenshots';

const DAY = 86_400_000;
const LI = 'https://www.linkedin.com/jobs/view/3912345678/';
const GH = 'https://job-boards.greenhouse.io/acme/jobs/4012345';

let h: Driver;
let page: Tab;

afterAll(async () => {
  await h?.close();
});

/** Three records, two of them one job (saved from LinkedIn, applied to on Greenhouse), then that job's page. */
beforeAll(async () => {
  h = await launchBrowser();
  page = await h.openExtensionPage('options', '#/');
  const now = Date.now();
  await page.waitFor(() => document.querySelector('h1'));
  const record = (id: string, over: Record<string, unknown>) => ({
    id, title: 'Senior Robotics Engineer', company: 'Acme Robotics', location: 'Austin, TX', workMode: null, salary: '', employmentType: '',
    board: 'linkedin', jobId: '3912345678', jobKey: 'linkedin:3912345678', description: '', notes: '', contacts: [], interviews: [], interviewAt: [],
    tags: [], excitement: null, deadline: null, resumeVersion: '', coverLetterVersion: '', otherUrls: [], otherKeys: [],
    stage: 'saved', savedAt: now - 10 * DAY, appliedAt: null, updatedAt: now - 10 * DAY, createdAt: now - 10 * DAY, postingUrl: LI, canonicalUrl: LI.replace(/\/$/, ''),
    ...over,
  });
  await page.evaluate(storeTransaction, {
    applications: [
      record('from-linkedin', { notes: 'Found through Sam.' }),
      record('from-greenhouse', {
        title: 'Robotics Engineer (Senior)', company: 'Acme', board: 'greenhouse', jobId: '4012345', jobKey: 'greenhouse:4012345', postingUrl: GH, canonicalUrl: GH,
        stage: 'applied', appliedAt: now - 2 * DAY, savedAt: now - 2 * DAY, createdAt: now - 2 * DAY, updatedAt: now - 2 * DAY, salary: '$150k',
        contacts: [{ id: 'c1', name: 'Jo Park', role: 'Recruiter', email: 'jo@acme.example', profileUrl: '' }],
      }),
      record('unrelated', { title: 'Data Analyst', company: 'Globex', board: 'web', jobId: '', jobKey: '', postingUrl: 'https://globex.example/jobs/1', canonicalUrl: 'https://globex.example/jobs/1' }),
    ],
    events: [
      { applicationId: 'from-linkedin', at: now - 10 * DAY, kind: 'captured', to: 'saved', source: 'popup', site: 'linkedin' },
      { applicationId: 'from-greenhouse', at: now - 2 * DAY, kind: 'applied', to: 'applied', source: 'auto', site: 'greenhouse' },
    ],
  });
  await page.goto((await page.url()).replace(/#.*$/, '') + '#/app/from-linkedin');
  await page.waitFor(() => document.querySelector('#main h1')?.textContent === 'Senior Robotics Engineer');
});

it('joins the other record of the job from the application page: one record, applied, both addresses and timelines; Undo parts them', async () => {
  // The timeline above the section has loaded (it moves the button down as it does).
  await page.waitFor(showsText, 'Saved from LinkedIn');
  await page.click({ css: 'button', text: 'Same job as…' });
  // The likely record is offered without typing; the unrelated one is not.
  await page.waitFor(() => document.querySelector('.same-job__choice'));
  const offered = await page.evaluate(() => Array.from(document.querySelectorAll('.same-job__choice .same-job__title'), (el) => el.textContent));
  expect(offered).toEqual(['Robotics Engineer (Senior)']);
  // A search finds any record by company or title.
  await page.fill('#same-job-search', 'glob');
  await page.waitFor(() => document.querySelector('.same-job__choice')?.textContent?.includes('Data Analyst'));
  await page.fill('#same-job-search', 'acme');
  await page.waitFor(() => document.querySelector('.same-job__choice')?.textContent?.includes('Robotics Engineer (Senior)'));
  await page.click({ css: '.same-job__choice', text: 'Robotics Engineer (Senior)' });
  // The confirm step says what will happen before anything does.
  await page.waitFor(showsText, 'The other record then goes');
  expect(await h.applications()).toHaveLength(3);
  await screenshots(page, { light: 'same-job-confirm', dark: 'same-job-confirm-dark' });
  await page.click('[data-testid="same-job-confirm"]');

  const [joined] = await h.waitForApplications((apps) => apps.length === 2 && !apps.some((a) => a.id === 'from-greenhouse'));
  const kept = (await h.applications()).find((a) => a.id === 'from-linkedin')!;
  expect(joined).toBeDefined();
  expect(kept).toMatchObject({ stage: 'applied', postingUrl: LI, otherUrls: [GH], salary: '$150k', notes: 'Found through Sam.' });
  expect(kept.otherKeys).toContain('greenhouse:4012345');
  expect(kept.contacts?.map((c) => c.name)).toEqual(['Jo Park']);
  const events = (await h.events()).filter((e) => e.applicationId === 'from-linkedin').map((e) => e.kind);
  expect(events.sort()).toEqual(['applied', 'captured', 'joined']);
  // The page shows the one record: applied, its timeline with both sites and the join.
  await page.waitFor(showsText, 'Applied on Greenhouse');
  await page.waitFor(showsText, 'Joined with “Robotics Engineer (Senior)” at Acme, from Greenhouse');
  // Under the dates: where else the job lives, a link to the Greenhouse page it was applied on.
  await page.waitFor(showsText, 'Also at job-boards.greenhouse.io');
  expect(await page.evaluate(() => document.querySelector('[data-testid="other-addresses"] a')?.getAttribute('href'))).toBe(GH);
  await screenshots(page, { light: 'same-job-joined' });

  await page.click({ css: '.undo-bar button', text: 'Undo' });
  await h.waitForApplications((apps) => apps.length === 3);
  const parted = await h.applications();
  expect(parted.find((a) => a.id === 'from-linkedin')).toMatchObject({ stage: 'saved', otherUrls: [] });
  expect(parted.find((a) => a.id === 'from-greenhouse')).toMatchObject({ stage: 'applied', postingUrl: GH });
  expect((await h.events()).filter((e) => e.applicationId === 'from-greenhouse').map((e) => e.kind)).toEqual(['applied']);
});

it('the application page and Your data look as the rest: space above "Your own details", a styled "Forget processed emails"', async () => {
  // "Your own details" starts a group of its own, clear of the posting-link field above it.
  const gap = await page.evaluate(() => {
    const heading = document.querySelector('.detail__group')!.getBoundingClientRect();
    const link = document.querySelector('input[name="postingUrl"], #field-postingUrl')?.getBoundingClientRect();
    return link ? heading.top - link.bottom : null;
  });
  expect(gap).toBeGreaterThanOrEqual(24);

  await page.goto((await page.url()).replace(/#.*$/, '') + '#/data');
  await page.waitFor(showsText, 'Forget processed emails');
  // The button is drawn like the page's other buttons (Export as CSV), not the browser's bare default.
  const [forget, csv] = await page.evaluate(() =>
    [document.querySelector('#forget-emails-title')!.closest('section')!.querySelector('button')!, document.querySelector('[data-testid="export-csv"]')!].map((el) => {
      const style = getComputedStyle(el);
      return { className: el.className, radius: style.borderTopLeftRadius, minHeight: style.minHeight, font: style.fontWeight, padding: style.paddingLeft };
    }),
  );
  expect(forget!.className).toContain('button');
  expect({ ...forget, className: '' }).toEqual({ ...csv, className: '' });
});
