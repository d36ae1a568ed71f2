/**
 * An enterprise applicant-tracking system end to end: Oracle Recruiting Cloud, whose posting, apply
 * steps and "My Applications" page are one single-page app (the address changes without a page load).
 * The project's own fixture page, served at a real Oracle Cloud hostname.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type Driver } from '../support/driver';
import { byKey, waitForAgent } from '../support/capture';

let h: Driver;
const SITE = 'https://acme.fa.us2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1';
const JOB = `${SITE}/job/12345`;
const KEY = 'oracle:12345';

beforeAll(async () => {
  h = await launchBrowser();
});

afterAll(async () => {
  await h?.close();
});

describe('Oracle Recruiting Cloud', () => {
  it('"Apply Now" and the steps\' "Next" only open and move through the form: nothing is recorded', async () => {
    const page = await h.open(JOB);
    await page.click({ css: 'button', text: 'Apply Now' });
    await page.waitForURL(`${JOB}/apply/section/1`);
    await page.fill('#email', 'ada@example.com');
    await page.click({ css: 'button', text: 'Next' });
    await page.waitForURL(`${JOB}/apply/section/2`);
    // Settled: the agent saw the step's submit event and judged it not to be the application's.
    const status = await waitForAgent(h, SITE, (s) => s.submitsSeen >= 1);
    expect(status).toMatchObject({ submitsCounted: 0, deliveries: 0 });
    expect(byKey(await h.applications(), KEY)).toHaveLength(0);
    await page.close();
  });

  it('posting → apply steps → Submit → "Thank you for your job application." records one application', async () => {
    const page = await h.open(JOB);
    // The person reads the posting first: the agent has looked at it (a quicker click is recorded
    // too, with the form's address as the job's).
    await waitForAgent(h, JOB, (s) => s.checks >= 1);
    await page.click({ css: 'button', text: 'Apply Now' });
    await page.fill('#email', 'ada@example.com');
    await page.fill('#first-name', 'Ada');
    await page.click({ css: 'button', text: 'Next' });
    await page.fill('#full-name', 'Ada Lovelace');
    await page.click({ css: 'button', text: 'Submit' });
    await page.waitForURL(`${SITE}/my-profile`);
    const apps = byKey(await h.waitForApplications((a) => byKey(a, KEY).length > 0), KEY);
    expect(apps).toHaveLength(1);
    expect(apps[0]).toMatchObject({ stage: 'applied', board: 'oracle', title: 'Robotics Software Engineer', company: 'Acme Robotics' });
    expect(apps[0]!.postingUrl).toBe(JOB);
    await h.waitForToast(page, /Application recorded/);
    // Only this one job was captured, once.
    expect((await h.applications()).filter((a) => a.board === 'oracle')).toHaveLength(1);
    await page.close();
  });
});
