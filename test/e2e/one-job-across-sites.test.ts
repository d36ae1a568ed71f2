/**
 * One job across sites, end to end: found on a board, applied to on the employer's Greenhouse board,
 * it stays one record. Fixture pages at the real hostnames, saved and submitted as a person would.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type Driver } from '../support/driver';
import { redirectPost } from '../support/capture';

let h: Driver;
const LINKEDIN_OUTBOUND = 'https://www.linkedin.com/jobs/view/3912345702/';
const GH_NORTHWIND = 'https://job-boards.greenhouse.io/northwind-analytics/jobs/5550002';
const LINKEDIN_FABRIKAM = 'https://www.linkedin.com/jobs/view/3912345703/';
const WELLFOUND_FABRIKAM = 'https://wellfound.com/jobs/2845700-staff-platform-engineer';
const GH_FABRIKAM = 'https://job-boards.greenhouse.io/fabrikam/jobs/6660001';

const bodyHas = (text: string) => document.body.innerText.includes(text);

beforeAll(async () => {
  h = await launchBrowser();
  redirectPost(h, 'job-boards.greenhouse.io', '/northwind-analytics/jobs/5550002', `${GH_NORTHWIND}/confirmation`);
  redirectPost(h, 'job-boards.greenhouse.io', '/fabrikam/jobs/6660001', `${GH_FABRIKAM}/confirmation`);
});

afterAll(async () => {
  await h?.close();
});

/** Save the posting with the keyboard shortcut's handler; wait until the store holds one more record. */
async function saveWithShortcut(url: string): Promise<void> {
  const count = (await h.applications()).length;
  const tab = await h.open(url);
  await tab.bringToFront();
  await h.shortcut(tab);
  await h.waitForApplications((apps) => apps.length === count + 1);
  await tab.close();
}

async function applyOnGreenhouse(url: string) {
  const page = await h.open(url);
  await page.fill('#first_name', 'Ada');
  await page.fill('#last_name', 'Lovelace');
  await page.fill('#email', 'ada@example.com');
  await page.click({ css: 'button', text: 'Submit application' });
  await page.waitForURL(`${url}/confirmation`);
  return page;
}

describe('saved on LinkedIn, applied to on the employer’s Greenhouse board', () => {
  it('follows LinkedIn’s “Apply on company website” address: one record, applied, both sites in its timeline', async () => {
    await saveWithShortcut(LINKEDIN_OUTBOUND);
    const [saved] = await h.applications();
    expect(saved).toMatchObject({ stage: 'saved', title: 'Senior Data Engineer', company: 'Northwind Analytics', board: 'linkedin' });
    expect(saved!.otherUrls).toEqual([`${GH_NORTHWIND}?gh_src=LinkedIn`]);

    // Greenhouse calls it "Data Engineer III" (LinkedIn said Senior): only the address LinkedIn showed
    // ties the two together, and the record keeps the name it was saved under.
    const page = await applyOnGreenhouse(GH_NORTHWIND);
    await h.waitForToast(page, /added to the job you saved from LinkedIn/);
    const apps = await h.waitForApplications((all) => all.length === 1 && all[0]!.stage === 'applied');
    expect(apps[0]).toMatchObject({ id: saved!.id, stage: 'applied', postingUrl: LINKEDIN_OUTBOUND, title: 'Senior Data Engineer' });
    // The address applied at is the one LinkedIn gave (tracking apart): kept once.
    expect(apps[0]!.otherUrls).toEqual([`${GH_NORTHWIND}?gh_src=LinkedIn`]);
    const events = (await h.events()).filter((e) => e.applicationId === saved!.id);
    expect(events.map((e) => [e.kind, e.site])).toEqual([['captured', 'linkedin'], ['applied', 'greenhouse']]);

    // As the person sees it: both sources on the application's timeline.
    const detail = await h.openExtensionPage('options', `#/app/${saved!.id}`);
    await detail.waitFor(bodyHas, 'Applied on Greenhouse');
    expect(await detail.evaluate(bodyHas, 'Saved from LinkedIn')).toBe(true);
    await Promise.all([page.close(), detail.close()]);
  });
});

describe('two saved records that could both be the job', () => {
  it('the toast asks which one it is, the application is kept meanwhile, and the answer joins it to the chosen one', async () => {
    await saveWithShortcut(LINKEDIN_FABRIKAM);
    await saveWithShortcut(WELLFOUND_FABRIKAM);
    const fromWellfound = (await h.applications()).find((a) => a.board === 'wellfound')!;
    const savedCount = (await h.applications()).length;
    expect(fromWellfound).toMatchObject({ title: 'Staff Platform Engineer', company: 'Fabrikam' });

    const page = await applyOnGreenhouse(GH_FABRIKAM);
    const question = await h.waitForToast(page, /Is this the Staff Platform Engineer at Fabrikam you saved\?/);
    expect(question).toMatch(/saved from LinkedIn/);
    expect(question).toMatch(/saved from Wellfound/);
    // Recorded already: without an answer nothing is lost.
    const before = await h.waitForApplications((all) => all.length === savedCount + 1);
    expect(before.find((a) => a.postingUrl === GH_FABRIKAM)).toMatchObject({ stage: 'applied' });

    await h.clickToast(page, /Yes — the one saved from Wellfound on [^Y]*?(?=Yes —|No, it’s new)/.exec(question)![0]);
    await h.waitForToast(page, /one job now, marked applied/);
    const after = await h.waitForApplications((all) => all.length === savedCount);
    expect(after.find((a) => a.id === fromWellfound.id)).toMatchObject({ stage: 'applied', otherUrls: [GH_FABRIKAM] });
    expect(after.find((a) => a.board === 'linkedin' && a.company === 'Fabrikam')).toMatchObject({ stage: 'saved' });
    const events = (await h.events()).filter((e) => e.applicationId === fromWellfound.id);
    expect(events.map((e) => [e.kind, e.site])).toEqual([['captured', 'wellfound'], ['applied', 'greenhouse']]);
    await page.close();
  });
});
