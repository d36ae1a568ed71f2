/**
 * What a page cannot make Rebound do, in a real browser with the all-sites opt-in granted (the widest
 * reach a page script has), and what a sleeping background cannot make it lose.
 *
 * careers.hostile.example shows a cookie banner; accepting it (one real click) makes the page's script
 * call form.requestSubmit(hiddenButton) and show "Thank you for applying". The submit event is trusted
 * and user activation is live, yet the person sent nothing: nothing may be recorded or changed.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithAllSites } from '../support/all-sites-copy';
import { pollUntil, type Driver, type Tab } from '../support/driver';
import { agentStatus, byKey, waitForAgent } from '../support/capture';
import { showsText, storeTransaction } from '../support/in-page';
import { FIXTURE_ROOT } from '../support/fixture-server';

let h: Driver;
const HOSTILE = 'https://careers.hostile.example/jobs/platform-engineer';
const GH_JOB = 'https://job-boards.greenhouse.io/acme/jobs/4012345';
const GH_KEY = 'greenhouse:4012345';

beforeAll(async () => {
  h = await launchWithAllSites();
});

afterAll(async () => {
  await h?.close();
});

const everything = async () => ({ applications: await h.applications(), events: await h.events() });

/** Accept the cookie banner with the real mouse, and wait until the agent has judged what followed. */
async function acceptCookies(page: Tab, url: string) {
  const before = await waitForAgent(h, url, () => true);
  await page.click('#accept');
  await page.waitFor(showsText, 'Thank you for applying');
  // Settled: the agent saw the trusted submit the page caused, and looked at the page after its thank-you.
  return waitForAgent(h, url, (s) => s.submitsSeen > before.submitsSeen && s.checks > before.checks);
}

describe('a page that forges an application from one real click', () => {
  it('records nothing', async () => {
    const page = await h.open(HOSTILE);
    const status = await acceptCookies(page, HOSTILE);
    expect(status).toMatchObject({ submitsCounted: 0, deliveries: 0 });
    expect(await h.applications()).toEqual([]);
    await page.close();
  });

  it('with ?gh_jid= of a Greenhouse job the person saved, changes nothing at all', async () => {
    const gh = await h.open(GH_JOB);
    await h.shortcut(gh);
    await h.waitForApplications((apps) => byKey(apps, GH_KEY).length === 1);
    await gh.close();
    const before = await everything();

    const url = `${HOSTILE}?gh_jid=4012345`;
    const page = await h.open(url);
    const status = await acceptCookies(page, url);
    expect(status).toMatchObject({ submitsCounted: 0, deliveries: 0 });
    expect(await everything()).toEqual(before);
    await page.close();
  });

  it('a real submission on that page is its own web record; the Greenhouse record is untouched', async () => {
    const before = byKey(await h.applications(), GH_KEY);
    const eventsBefore = (await h.events()).length;
    const url = `${HOSTILE}?gh_jid=4012345`;
    const page = await h.open(url);
    await waitForAgent(h, url, () => true);
    await page.fill('input[name="email"]', 'ada@example.com');
    await page.click('#real');
    const apps = await h.waitForApplications((all) => all.length === 2);
    const web = apps.find((a) => a.jobKey === '');
    expect(web).toMatchObject({ board: 'web', jobId: '', stage: 'applied', title: 'Platform Engineer', postingUrl: url });
    expect(byKey(apps, GH_KEY)).toEqual(before);
    await expect.poll(async () => (await h.events()).length).toBe(eventsBefore + 1);
    // The click and the submit it caused both count as the person's (one submission).
    expect((await agentStatus(h, url))?.submitsCounted).toBeGreaterThan(0);
    await page.close();
  });
});

describe('a seen submission while the background sleeps', () => {
  const ASHBY_ID = '7c0e7e52-5b1a-4c2e-9d55-0a8f3f9e2b11';
  const ASHBY = `https://jobs.ashbyhq.com/acme/${ASHBY_ID}/application`;
  const OTHER_ID = '0d1e2f30-4152-4637-8899-aabbccddeeff';
  const OTHER = `https://jobs.ashbyhq.com/acme/${OTHER_ID}/application`;

  /** Another extension page holds the store in a long write; returns the way to let it go. */
  async function holdStore(): Promise<() => Promise<void>> {
    const holder = await h.openExtensionPage('options');
    await holder.evaluate(storeTransaction, { hold: true });
    return async () => {
      await holder.evaluate(() => void ((globalThis as unknown as { __releaseStore: boolean }).__releaseStore = true));
      await holder.close();
    };
  }

  /** The Ashby form at `url`, filled in by the person and ready to submit. */
  async function filledAshbyForm(url: string): Promise<Tab> {
    const page = await h.open(url);
    await waitForAgent(h, url, () => true);
    await page.fill('input[name="_systemfield_name"]', 'Ada Lovelace');
    await page.fill('input[name="_systemfield_email"]', 'ada@example.com');
    await page.click('button.yes');
    return page;
  }

  /** Started again (this read starts it), the background drains the outbox: the job is in the store once. */
  async function writtenOnceFromOutbox(jobId: string) {
    await pollUntil('the outbox to drain', async () =>
      Object.keys(await h.background(() => chrome.storage.local.get(null))).every((key) => !key.startsWith('outbox:')),
    );
    const [app, ...more] = byKey(await h.applications(), `ashby:${jobId}`);
    expect(more).toEqual([]);
    expect(app).toMatchObject({ stage: 'applied', title: 'Staff Backend Engineer', company: 'Acme Robotics' });
    expect((await h.events()).filter((e) => e.applicationId === app!.id)).toHaveLength(1);
  }

  it('survives its tab closing as soon as the confirmation shows, before the background answers, and is recorded once', async () => {
    // The background, woken by the capture's message, cannot answer it behind the held store, so the
    // agent's only safe copy is the one it hands over as the page goes.
    const release = await holdStore();
    const page = await filledAshbyForm(ASHBY);
    await h.stopBackground();
    await page.click('button.ashby-application-form-submit-button');
    await page.waitFor(() => !!document.querySelector('.ashby-application-form-success-container'));
    await page.close();
    // Whatever the woken background had under way dies with it: only the outbox can bring it back.
    await h.stopBackground();
    await release();
    await writtenOnceFromOutbox(ASHBY_ID);
  });

  it('survives the background being stopped in the middle of writing it, with its tab already closed', async () => {
    // The background's own write waits behind the held store.
    const release = await holdStore();
    // Another Ashby job (the same page under another job id), so this capture is a record of its own.
    h.server.routes.push((req, res) => {
      if (req.headers.host?.split(':')[0] !== 'jobs.ashbyhq.com' || !req.url?.startsWith(`/acme/${OTHER_ID}/`)) return false;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(fs.readFileSync(`${FIXTURE_ROOT}/jobs.ashbyhq.com/acme/${ASHBY_ID}/application.html`));
      return true;
    });
    const page = await filledAshbyForm(OTHER);
    await page.click('button.ashby-application-form-submit-button');
    // Unanswered when its first retry is due, the capture is handed over with the page still open.
    await waitForAgent(h, OTHER, (s) => s.handedOver >= 1 && s.deliveries >= 1);
    await page.close();
    // The background is stopped while its write still waits: nothing of it reaches the store.
    await h.stopBackground();
    await release();
    await writtenOnceFromOutbox(OTHER_ID);
  });
});
