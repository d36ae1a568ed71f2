/**
 * A rejection, end to end in real Chromium: mark it rejected in the popup → the offer → the debrief
 * in the options page, step by step → action items and a preference in IndexedDB → the insight →
 * the pending debrief gone from the popup. Screenshots of each step go to artifacts/screenshots/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { launch, type Harness, type PopupHandle } from './harness';
import type { JobDraft } from '../../src/core/types';

const SHOTS = path.resolve('artifacts/screenshots');
let h: Harness;

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

function draft(title: string, company: string, jobId: string): JobDraft {
  return {
    title,
    company,
    location: 'Berlin',
    salary: '',
    employmentType: 'Full-time',
    workMode: 'hybrid',
    board: 'greenhouse',
    jobId,
    url: `https://boards.greenhouse.io/${company.toLowerCase()}/jobs/${jobId}`,
    description: 'A job.',
  };
}

/** Any table of the extension's database, read in the service worker. */
const readTable = <T>(table: string): Promise<T[]> => h.table<T>(table);

/** A screenshot of the real popup, through the DevTools protocol (it is not a Playwright page). */
async function shootPopup(session: CDPSession, file: string): Promise<void> {
  const { targetInfos } = (await session.send('Target.getTargets')) as { targetInfos: { targetId: string; url: string }[] };
  const target = targetInfos.find((t) => t.url.includes('/src/popup/index.html'));
  if (!target) throw new Error('No popup to photograph.');
  const { sessionId } = (await session.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })) as {
    sessionId: string;
  };
  const data = await new Promise<string>((resolve, reject) => {
    const onMessage = (event: { sessionId: string; message: string }) => {
      if (event.sessionId !== sessionId) return;
      const message = JSON.parse(event.message) as { id?: number; result?: { data: string }; error?: { message: string } };
      if (message.id !== 1) return;
      session.off('Target.receivedMessageFromTarget', onMessage);
      if (message.result) resolve(message.result.data);
      else reject(new Error(message.error?.message ?? 'screenshot failed'));
    };
    session.on('Target.receivedMessageFromTarget', onMessage);
    void session.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id: 1, method: 'Page.captureScreenshot', params: { format: 'png' } }),
    });
  });
  await session.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
  fs.writeFileSync(path.join(SHOTS, file), Buffer.from(data, 'base64'));
}

const shoot = (page: Page, file: string) => page.screenshot({ path: path.join(SHOTS, file), fullPage: true });

const clickButton = (popup: PopupHandle, text: string) =>
  popup.evaluate(`(() => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === ${JSON.stringify(text)});
    if (!button) throw new Error('No button ' + ${JSON.stringify(text)});
    button.click();
    return true;
  })()`);

describe('rejection debrief', () => {
  it('turns a rejection into feedback, actions, a preference and an insight', async () => {
    // Three applications: the one that will be rejected, one still in flight, one saved job waiting.
    const setup = await h.openOptions();
    const save = (d: JobDraft, stage: 'saved' | 'applied') =>
      setup.evaluate(
        ([d, stage]) => chrome.runtime.sendMessage({ type: 'capture/save', draft: d, stage, trigger: 'popup' }),
        [d, stage] as const,
      );
    await save(draft('Product Designer', 'Acme', '101'), 'applied');
    await save(draft('UX Researcher', 'Globex', '202'), 'applied');
    await save(draft('Design Lead', 'Initech', '303'), 'saved');
    const apps = await h.waitForApplications((list) => list.length === 3);
    const acme = apps.find((a) => a.company === 'Acme')!;
    await setup.close();

    // 1. Mark it rejected from the popup: the offer appears, and the debrief waits as pending.
    const anchor = await h.open('about:blank');
    let popup = await h.openPopup();
    const stageSelect = `document.querySelector('select[aria-label="Stage of Product Designer at Acme"]')`;
    await popup.waitFor(stageSelect);
    await popup.evaluate(`(() => {
      const select = ${stageSelect};
      select.value = 'rejected';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      return true;
    })()`);
    await popup.waitFor(`[...document.querySelectorAll('button')].some((b) => b.textContent.trim() === 'Start the debrief now')`);
    await popup.waitFor(`document.body.textContent.includes('Debrief to do: Acme')`);
    await h.waitForApplications((list) => list.some((a) => a.id === acme.id && a.stage === 'rejected'));
    const pending = await readTable<{ applicationId: string; status: string }>('debriefs');
    expect(pending).toEqual([expect.objectContaining({ applicationId: acme.id, status: 'pending' })]);
    await shootPopup(popup.session, 'debrief-1-popup-offer.png');

    // "Start the debrief now" opens the debrief in the options page.
    const opened = h.context.waitForEvent('page', { predicate: (p) => p.url().includes('#/debrief/'), timeout: 10_000 });
    await clickButton(popup, 'Start the debrief now');
    const page = await opened;
    await page.waitForLoadState('load');
    // The popup closed itself as the tab opened: only the DevTools session is left to let go of.
    await popup.session.detach().catch(() => undefined);
    expect(page.url()).toContain(`#/debrief/${encodeURIComponent(acme.id)}`);

    // Step 1: perspective, with live numbers.
    await page.getByRole('heading', { level: 1, name: 'Product Designer at Acme' }).waitFor();
    await page.getByText('You still have 1 application in flight').waitFor();
    await shoot(page, 'debrief-2-perspective.png');

    // Step 2: the drafted note, with a contact; "I sent it" schedules one reminder.
    await page.getByRole('button', { name: 'Next: Ask for feedback' }).click();
    await page.getByLabel('Their name (optional)').fill('Dana Smith');
    await page.getByLabel('Their email (optional)').fill('dana@acme.example');
    expect(await page.getByLabel('Your note').inputValue()).toMatch(/^Hi Dana,\n\nThank you for letting me know your decision about the Product Designer role at Acme/);
    expect(await page.getByRole('link', { name: 'Open in mail' }).getAttribute('href')).toMatch(/^mailto:dana@acme\.example\?subject=/);
    await page.getByRole('button', { name: 'I sent it' }).click();
    await page.getByText('Rebound will remind you once').waitFor();
    await shoot(page, 'debrief-3-ask.png');

    // Step 3: feedback pasted from an email, markup and all; the close call is named; two actions added.
    await page.getByRole('button', { name: 'Next: Use the feedback' }).click();
    const pasted =
      '<div dir="ltr"><p>Hi Dana,</p><p>Thank you again. It was a <b>really difficult decision</b> and it came down to the final two.</p><p>We didn\'t see much user research on your resume, and we went with a more experienced candidate.</p><img src="x" onerror="document.title=\'pwned\'"></div>';
    await page.getByLabel('Their feedback').fill(pasted);
    await page.getByText('Because the feedback says').first().waitFor();
    await page.getByRole('checkbox', { name: /^Close call: a stronger candidate/ }).check();
    await page.getByRole('checkbox', { name: /^The resume did not show a skill/ }).check();
    await page.getByText('You came close, and that counts.').waitFor();
    await page.getByRole('button', { name: 'Add this action' }).first().click();
    await page.locator('li.action-idea', { hasText: 'bring user research forward' }).getByRole('button').click();
    await page.locator('.action-item').nth(1).waitFor();
    expect(await page.locator('#main img').count()).toBe(0);
    expect(await page.title()).not.toBe('pwned');
    await shoot(page, 'debrief-4-feedback.png');

    // Step 4: silver lining, a preference.
    await page.getByRole('button', { name: 'Next: Silver lining' }).click();
    await page.getByLabel('Something I want in a company or role').fill('A hiring team that explains its decisions');
    await page.getByLabel('Something I want in a company or role').press('Enter');
    await page.locator('.preference').first().waitFor();
    await shoot(page, 'debrief-5-silver-lining.png');

    // Step 5: keep going: the saved job, the week's progress, the next step; then finish.
    await page.getByRole('button', { name: 'Next: Keep going' }).click();
    await page.locator('.saved-job', { hasText: 'Design Lead' }).waitFor();
    await page.getByText(/This week: \d+ of \d+ applications sent/).waitFor();
    await page.getByLabel('Your next step').fill('Apply to the Initech role by Friday');
    await shoot(page, 'debrief-6-keep-going.png');
    await page.getByRole('button', { name: 'Finish the debrief' }).click();
    await page.getByRole('heading', { name: /Debrief done/ }).waitFor();
    await shoot(page, 'debrief-7-done.png');

    // In IndexedDB: the debrief, its feedback exactly as pasted, two action items and a preference.
    const [debrief] = await readTable<Record<string, unknown>>('debriefs');
    expect(debrief).toMatchObject({
      applicationId: acme.id,
      status: 'done',
      feedback: pasted,
      themes: ['close_call', 'resume_skill'],
      contact: { name: 'Dana Smith', email: 'dana@acme.example' },
      nextStep: 'Apply to the Initech role by Friday',
    });
    expect(debrief!.reminderAt).toBeNull(); // the answer came: no reminder needed
    const items = await readTable<{ applicationId: string; theme: string; text: string }>('actionItems');
    expect(items.map((i) => i.theme).sort()).toEqual(['close_call', 'resume_skill']);
    expect(items.every((i) => i.applicationId === acme.id)).toBe(true);
    expect(items.find((i) => i.theme === 'resume_skill')?.text).toContain('bring user research forward');
    const preferences = await readTable<{ text: string; kind: string; sourceApplicationId: string }>('preferences');
    expect(preferences).toEqual([
      expect.objectContaining({ text: 'A hiring team that explains its decisions', kind: 'want', sourceApplicationId: acme.id }),
    ]);

    // The insight appears, with the feedback shown as plain text.
    await page.getByRole('link', { name: 'See your insights' }).click();
    await page.getByRole('heading', { level: 1, name: 'Debriefs and insights' }).waitFor();
    await page.getByRole('heading', { name: 'Themes in your last 1 debrief' }).waitFor();
    expect(await page.locator('figcaption li', { hasText: 'Close call: a stronger candidate' }).textContent()).toBe(
      'Close call: a stronger candidate: 1 of 1',
    );
    await page.getByText('What they said').click();
    expect(await page.locator('.plain-text').textContent()).toBe(pasted);
    expect(await page.locator('.plain-text *').count()).toBe(0);
    await shoot(page, 'debrief-8-insights.png');

    // The pending debrief is gone from the popup.
    await anchor.bringToFront();
    popup = await h.openPopup();
    await popup.waitFor(`document.querySelector('select[aria-label="Stage of Product Designer at Acme"]')`);
    expect(await popup.evaluate<boolean>(`document.body.textContent.includes('Debrief to do')`)).toBe(false);
    await shootPopup(popup.session, 'debrief-9-popup-after.png');
    await popup.close();
  });
});
