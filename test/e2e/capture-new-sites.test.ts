/**
 * Capture on three of the sites added in issue 14, end to end in a real browser, on the project's own
 * pages served under the sites' real hostnames: a small-business ATS (JazzHR, whose form sits on the
 * posting and draws its thank-you in place) and a board with its own apply flow (Dice's Easy Apply
 * wizard, which ends on …/wizard/success), and ZipRecruiter's 1-Click Apply, whose only confirmation is
 * the control itself turning into "Applied". Opening the form alone records nothing, nor does a job
 * shown as applied when it opens; sending it records one applied job with the posting's title and company.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Application } from '../../src/core/types';
import { launchBrowser, type Driver } from '../support/driver';
import { agentStatus, waitForAgent } from '../support/capture';

let h: Driver;
const JAZZHR_JOB = 'https://acme.applytojob.com/apply/Xk3pQ9LmZa/Hardware-Test-Engineer';
const DICE_JOB = 'https://www.dice.com/job-detail/4f1d2c3b-5a6e-4b7c-8d9e-0a1b2c3d4e5f';
const DICE_WIZARD = 'https://www.dice.com/job-applications/4f1d2c3b-5a6e-4b7c-8d9e-0a1b2c3d4e5f/wizard';
const ZIP_JOB = 'https://www.ziprecruiter.com/jobs/acme-robotics-7c6d5e4f/robotics-technician-1a2b3c4d';
const ZIP_APPLIED_BEFORE = 'https://www.ziprecruiter.com/jobs/acme-robotics-7c6d5e4f/warehouse-lead-5e6f7a8b';

const onBoard = (apps: Application[], board: string) => apps.filter((a) => a.board === board);

beforeAll(async () => {
  h = await launchBrowser();
});

afterAll(async () => {
  await h?.close();
});

describe('JazzHR (a small-business ATS)', () => {
  it('"Apply" only opens the form; sending it records one applied job', async () => {
    const page = await h.open(JAZZHR_JOB);
    const before = await waitForAgent(h, JAZZHR_JOB, (s) => s.checks >= 1);
    await page.click('#resumator-apply-button');
    await page.waitFor(() => !document.querySelector<HTMLFormElement>('#resumator-application-form')?.hidden);
    // The agent has looked at the opened form, and counted no submission.
    const opened = await waitForAgent(h, JAZZHR_JOB, (s) => s.checks > before.checks);
    expect(opened).toMatchObject({ submitsCounted: 0, deliveries: 0 });
    expect(onBoard(await h.applications(), 'jazzhr')).toEqual([]);

    await page.fill('#resumator-firstname-value', 'Ada');
    await page.fill('#resumator-lastname-value', 'Lovelace');
    await page.fill('#resumator-email-value', 'ada@example.com');
    await page.click('#resumator-submit-resume');
    await page.waitFor(() => /Thank you for applying/.test(document.body.textContent ?? ''));
    const apps = onBoard(await h.waitForApplications((a) => onBoard(a, 'jazzhr').length > 0), 'jazzhr');
    expect(apps).toHaveLength(1);
    expect(apps[0]).toMatchObject({ stage: 'applied', title: 'Hardware Test Engineer', company: 'Acme Robotics', jobId: 'Xk3pQ9LmZa' });
    await h.waitForToast(page, /Application recorded/);
    await page.close();
  });
});

describe('Dice (a board with its own apply flow)', () => {
  it('"Easy Apply" and "Next" record nothing; "Submit" and the success view record one applied job', async () => {
    const page = await h.open(DICE_JOB);
    await waitForAgent(h, DICE_JOB, (s) => s.checks >= 1);
    await page.click({ css: 'a', text: 'Easy Apply' });
    await page.waitForURL(DICE_WIZARD);
    const arrived = await waitForAgent(h, DICE_WIZARD, (s) => s.checks >= 1);
    await page.click('#next');
    await page.waitFor(() => !document.querySelector<HTMLElement>('#step-review')?.hidden);
    const stepped = await waitForAgent(h, DICE_WIZARD, (s) => s.checks > arrived.checks);
    expect(stepped).toMatchObject({ submitsCounted: 0, deliveries: 0 });
    expect(onBoard(await h.applications(), 'dice')).toEqual([]);

    await page.click({ css: 'button', text: 'Submit' });
    await page.waitForURL(`${DICE_WIZARD}/success`);
    const apps = onBoard(await h.waitForApplications((a) => onBoard(a, 'dice').length > 0), 'dice');
    expect(apps).toHaveLength(1);
    expect(apps[0]).toMatchObject({
      stage: 'applied',
      title: 'Senior Python Developer',
      company: 'Acme Robotics',
      jobId: '4f1d2c3b-5a6e-4b7c-8d9e-0a1b2c3d4e5f',
    });
    await h.waitForToast(page, /Application recorded/);
    expect((await agentStatus(h, DICE_WIZARD))?.deliveries).toBe(1);
    await page.close();
  });
});

describe('ZipRecruiter (1-Click Apply: the control turning into "Applied" is the confirmation)', () => {
  it('a job shown as "Applied" when it opens records nothing; a press on 1-Click Apply records one applied job', async () => {
    // Applied to days ago: "Applied" from the start, and the page keeps changing. Nothing is recorded or asked.
    const earlier = await h.open(ZIP_APPLIED_BEFORE);
    const first = await waitForAgent(h, ZIP_APPLIED_BEFORE, (s) => s.checks >= 1);
    await waitForAgent(h, ZIP_APPLIED_BEFORE, (s) => s.checks >= first.checks + 3);
    expect(await agentStatus(h, ZIP_APPLIED_BEFORE)).toMatchObject({ submitsCounted: 0, deliveries: 0 });
    expect(await h.toastText(earlier)).toBe('');
    await earlier.close();

    // This job's similar-jobs list shows "Applied" for another job: still nothing until the press.
    const page = await h.open(ZIP_JOB);
    await waitForAgent(h, ZIP_JOB, (s) => s.checks >= 1);
    expect(onBoard(await h.applications(), 'ziprecruiter')).toEqual([]);

    await page.click({ css: 'button', text: '1-Click Apply' });
    const apps = onBoard(await h.waitForApplications((a) => onBoard(a, 'ziprecruiter').length > 0), 'ziprecruiter');
    expect(apps).toHaveLength(1);
    expect(apps[0]).toMatchObject({ stage: 'applied', title: 'Robotics Technician', company: 'Acme Robotics', jobId: '1a2b3c4d' });
    await h.waitForToast(page, /Application recorded/);
    expect(await page.evaluate(() => document.querySelector('.apply_area button')?.textContent)).toBe('Applied');
    expect((await agentStatus(h, ZIP_JOB))?.deliveries).toBe(1);
    await page.close();
  });
});
