/**
 * Automatic capture, end to end in a real browser: fixture pages under the real ATS hostnames, filled
 * and submitted like a person would. One browser for the whole file (startup is the slow part).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, pollUntil, type Driver, type Tab } from '../support/driver';
import { agentLoaded, agentSitesByFrame, byKey, redirectPost, waitForAgent } from '../support/capture';

let h: Driver;
const LEVER_JOB = 'https://jobs.lever.co/acme/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0';
const GH_JOB = 'https://job-boards.greenhouse.io/acme/jobs/4012345';
const BREEZY_JOB = 'https://acme.breezy.hr/p/0b1c2d3e4f50-support-engineer';

beforeAll(async () => {
  h = await launchBrowser();
  redirectPost(h, 'job-boards.greenhouse.io', '/acme/jobs/4012345', `${GH_JOB}/confirmation`);
  redirectPost(h, 'jobs.lever.co', '/acme/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0/apply', `${LEVER_JOB}/thanks`);
});

afterAll(async () => {
  await h?.close();
});

describe('pages that must create nothing', () => {
  it('a page whose scripts forge a submission records nothing and runs no markup', async () => {
    const page = await h.open('https://jobs.lever.co/acme/1f2e3d4c-5b6a-4789-8abc-def012345678/apply');
    await page.waitFor(() => document.getElementById('log')?.textContent === 'forged');
    // The forged confirmation is visible but no trusted submit was seen: the person is only asked.
    const text = await h.waitForToast(page, /Did you just apply/);
    // The extractor drops the markup-looking part of the title; whatever is left is shown as text only.
    expect(text).toContain('Engineer at Acme Robotics');
    expect(page.dialogs).toEqual([]);
    await page.close();
  });

  it('a listing, an article and a page with hidden confirmation text load nothing or find nothing', async () => {
    const listing = await h.open('https://job-boards.greenhouse.io/acme');
    const article = await h.open('https://www.indeed.com/career-advice/finding-a-job/thank-you-note');
    const hidden = await h.open(BREEZY_JOB);
    expect(await agentLoaded(h, 'https://job-boards.greenhouse.io/acme')).toBe(false);
    expect(await agentLoaded(h, 'https://www.indeed.com/career-advice')).toBe(false);
    // The posting with hidden success text is a job page: the agent runs there, looks, and stays silent.
    const status = await waitForAgent(h, 'https://acme.breezy.hr/', (s) => s.checks >= 1);
    expect(status.deliveries).toBe(0);
    expect(await h.toastText(hidden)).toBe('');
    await Promise.all([listing.close(), article.close()]);
  });
});

describe('Greenhouse', () => {
  let page: Tab;
  it('visiting the posting, leaving, then applying gives one applied application', async () => {
    page = await h.open(GH_JOB);
    await page.goto('https://job-boards.greenhouse.io/acme');
    await page.goto(GH_JOB);
    await page.fill('#first_name', 'Ada');
    await page.fill('#last_name', 'Lovelace');
    await page.fill('#email', 'ada@example.com');
    await page.click({ css: 'button', text: 'Submit application' });
    await page.waitForURL(`${GH_JOB}/confirmation`);
    const apps = byKey(await h.waitForApplications((a) => byKey(a, 'greenhouse:4012345').length > 0), 'greenhouse:4012345');
    expect(apps).toHaveLength(1);
    expect(apps[0]).toMatchObject({ stage: 'applied', title: 'Senior Robotics Engineer', company: 'Acme Robotics', location: 'Berlin, Germany' });
    expect(apps[0]!.postingUrl).toBe(GH_JOB);
    await h.waitForToast(page, /Application recorded — well done for sending it/);
  });

  it('Undo in the toast removes the capture, even after the background was stopped', async () => {
    // The undo token lives in storage.session: it must outlive a stopped service worker (Chromium)
    // and a suspended event page (Firefox) alike. The person's pointer rests on the toast, which keeps
    // it up (it hides itself after 8 s otherwise, and stopping the background can take longer here).
    await page.evaluate(() => void document.getElementById('rebound-toast-host')?.dispatchEvent(new MouseEvent('mouseenter')));
    await h.waitForToast(page, /Undo/);
    await h.stopBackground();
    await h.clickToast(page, 'Undo');
    await h.waitForToast(page, /Undone/);
    await h.waitForApplications((a) => byKey(a, 'greenhouse:4012345').length === 0);
    await page.close();
  });
});

describe('Lever', () => {
  it('a posting saved first, then applied to across page loads, stays one application', async () => {
    const page = await h.open(LEVER_JOB);
    await h.shortcut(page);
    await h.waitForApplications((a) => byKey(a, 'lever:0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0').length === 1);
    await page.click({ css: 'a', text: 'Apply for this job' });
    await page.waitForURL(`${LEVER_JOB}/apply`);
    await page.fill('input[name="name"]', 'Ada Lovelace');
    await page.fill('input[name="email"]', 'ada@example.com');
    await page.click('#btn-submit');
    await page.waitForURL(`${LEVER_JOB}/thanks`);
    const apps = await h.waitForApplications((a) => byKey(a, 'lever:0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0').some((x) => x.stage === 'applied'));
    const lever = byKey(apps, 'lever:0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0');
    expect(lever).toHaveLength(1);
    expect(lever[0]).toMatchObject({ stage: 'applied', title: 'Product Designer', company: 'Acme Robotics' });
    await h.waitForToast(page, /Application recorded/);
    await page.close();
  });
});

describe('Ashby', () => {
  it('the in-place success view after the submit records one application', async () => {
    const page = await h.open('https://jobs.ashbyhq.com/acme/7c0e7e52-5b1a-4c2e-9d55-0a8f3f9e2b11/application');
    await page.fill('input[name="_systemfield_name"]', 'Ada Lovelace');
    await page.fill('input[name="_systemfield_email"]', 'ada@example.com');
    await page.click('button.yes');
    await page.click('button.ashby-application-form-submit-button');
    const key = 'ashby:7c0e7e52-5b1a-4c2e-9d55-0a8f3f9e2b11';
    const apps = byKey(await h.waitForApplications((a) => byKey(a, key).length > 0), key);
    expect(apps).toHaveLength(1);
    expect(apps[0]).toMatchObject({ stage: 'applied', title: 'Staff Backend Engineer', company: 'Acme Robotics' });
    await h.waitForToast(page, /Application recorded/);
    await page.close();
  });
});

describe('Workday', () => {
  it('the Review step submit followed by the "Application Submitted" dialog records one application', async () => {
    const page = await h.open('https://acme.wd5.myworkdayjobs.com/en-US/External/job/Remote-USA/Senior-Data-Engineer_JR12345');
    await page.click('[data-automation-id="adventureButton"]');
    await page.waitForURL(/applyManually/);
    await page.fill('#given', 'Ada');
    await page.fill('#email', 'ada@example.com');
    await page.click('[data-automation-id="pageFooterNextButton"]');
    await page.waitFor(() => document.querySelector('[data-automation-id="pageFooterNextButton"]')?.textContent?.includes('Submit'));
    await page.click('[data-automation-id="pageFooterNextButton"]');
    const apps = byKey(await h.waitForApplications((a) => byKey(a, 'workday:jr12345').length > 0), 'workday:jr12345');
    expect(apps).toHaveLength(1);
    expect(apps[0]).toMatchObject({ stage: 'applied', title: 'Senior Data Engineer', company: 'Acme Robotics' });
    await page.close();
  });
});

describe('LinkedIn Easy Apply', () => {
  it('saving a draft records nothing; "Application sent" after the submit records one application', async () => {
    const page = await h.open('https://www.linkedin.com/jobs/view/3912345678/');
    await page.click('#easy-apply');
    await page.click('button[aria-label="Dismiss"]');
    await page.click({ css: 'button', text: 'Save' });
    await page.click('#easy-apply');
    await page.fill('input[name="email"]', 'ada@example.com');
    await page.click('button[aria-label="Continue to next step"]');
    await page.click('button[aria-label="Review your application"]');
    await page.click('button[aria-label="Submit application"]');
    await page.waitFor(() => document.querySelector('#post-apply-modal'));
    const apps = byKey(await h.waitForApplications((a) => byKey(a, 'linkedin:3912345678').length > 0), 'linkedin:3912345678');
    expect(apps).toHaveLength(1);
    expect(apps[0]).toMatchObject({ stage: 'applied', title: 'Machine Learning Engineer', company: 'Acme Robotics' });
    await page.close();
  });
});

describe('Indeed', () => {
  it('viewjob → smartapply contact info → review → post-apply records one application, the viewjob’s job', async () => {
    const page = await h.open('https://www.indeed.com/viewjob?jk=0a1b2c3d4e5f6789');
    await page.click('#indeedApplyButton');
    // Smartapply's steps carry no job id, and each step's heading sits where a posting has its title.
    await page.waitForURL('https://smartapply.indeed.com/beta/indeedapply/form/contact-info');
    await page.fill('#input-firstName', 'Ada');
    await page.fill('#input-email', 'ada@example.com');
    await page.click({ css: 'button', text: 'Continue' });
    await page.waitForURL('https://smartapply.indeed.com/beta/indeedapply/form/review');
    await page.click('[data-testid="submit-application-button"]');
    await page.waitForURL(/post-apply/);
    await h.waitForToast(page, /Application recorded/);
    const apps = await h.applications();
    const key = 'indeed:0a1b2c3d4e5f6789';
    expect(apps.filter((a) => /review your application|contact information|application has been submitted/i.test(a.title))).toEqual([]);
    expect(byKey(apps, key)).toHaveLength(1);
    expect(byKey(apps, key)[0]).toMatchObject({ stage: 'applied', title: 'Warehouse Robotics Technician', company: 'Acme Robotics', postingUrl: 'https://www.indeed.com/viewjob?jk=0a1b2c3d4e5f6789' });
    // Smartapply is one of Indeed's hosts: its pages get Indeed's own agent.
    expect(await agentSitesByFrame(h, 'https://smartapply.indeed.com/')).toEqual([{ url: expect.stringMatching(/post-apply/), sites: ['indeed'] }]);
    await page.close();
  });
});

describe('afterwards', () => {
  it('holds exactly the applications sent, and nothing from the forged, hidden or listing pages', async () => {
    const apps = await h.applications();
    expect(apps.map((a) => a.jobKey).sort()).toEqual(
      ['ashby:7c0e7e52-5b1a-4c2e-9d55-0a8f3f9e2b11', 'indeed:0a1b2c3d4e5f6789', 'lever:0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0', 'linkedin:3912345678', 'workday:jr12345'],
    );
    expect(apps.every((a) => a.stage === 'applied')).toBe(true);
  });

  it('an Undo kept past its time is removed when the next capture is stored', async () => {
    // Seeded as the background keeps them (storage.session, "undo:" + token), one of them 31 minutes old.
    const old = Date.now() - 31 * 60 * 1000;
    await h.background((at) => chrome.storage.session.set({ 'undo:e2e-expired': { capturedAt: at }, 'undo:e2e-recent': { capturedAt: Date.now() } }), old);
    const posting = await h.open(BREEZY_JOB);
    await h.shortcut(posting);
    await h.waitForApplications((a) => byKey(a, 'breezy:0b1c2d3e4f50').length === 1);
    const undoKeys = async () => Object.keys(await h.background(() => chrome.storage.session.get(null))).filter((k) => k.startsWith('undo:e2e-'));
    await pollUntil('the expired Undo to be removed', async () => !(await undoKeys()).includes('undo:e2e-expired'));
    expect(await undoKeys()).toEqual(['undo:e2e-recent']);
    await posting.close();
  });
});
