/**
 * A rejection, end to end in a real browser: mark it rejected in the popup → the offer → the debrief
 * in the options page, step by step → action items and a preference in IndexedDB → the insight →
 * the pending debrief gone from the popup. Screenshots of each step go to artifacts/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobDraft } from '../../src/core/types';
import { draft } from '../support/builders';
import { launchBrowser, type Driver, type Tab } from '../support/driver';
import { count, hasHeading, showsMatch, showsText } from '../support/in-page';
import { screenshots } from '../support/screenshots';

let h: Driver;

beforeAll(async () => {
  h = await launchBrowser();
});
afterAll(async () => {
  await h?.close();
});

/** A Greenhouse job of `company`: the debrief reads its title and company. */
function job(title: string, company: string, jobId: string): JobDraft {
  return draft({ title, company, jobId, url: `https://boards.greenhouse.io/${company.toLowerCase()}/jobs/${jobId}`, description: 'A job.' });
}

/** Any table of the extension's database, read in the background. */
const readTable = <T>(table: string): Promise<T[]> => h.table<T>(table);

const shoot = (tab: Tab, name: string) => screenshots(tab, { light: name });
const button = (text: string) => ({ css: 'button', text });

describe('rejection debrief', () => {
  it('turns a rejection into feedback, actions, a preference and an insight', async () => {
    // Three applications: the one that will be rejected, one still in flight, one saved job waiting.
    const setup = await h.openExtensionPage('options');
    const save = (d: JobDraft, stage: 'saved' | 'applied') =>
      setup.evaluate(
        ([d, stage]) => chrome.runtime.sendMessage({ type: 'capture/save', draft: d, stage, trigger: 'popup', captureId: crypto.randomUUID() }),
        [d, stage] as const,
      );
    await save(job('Product Designer', 'Acme', '101'), 'applied');
    await save(job('UX Researcher', 'Globex', '202'), 'applied');
    await save(job('Design Lead', 'Initech', '303'), 'saved');
    const apps = await h.waitForApplications((list) => list.length === 3);
    const acme = apps.find((a) => a.company === 'Acme')!;
    await setup.close();

    // 1. Mark it rejected from the popup: the offer appears, and the debrief waits as pending.
    const anchor = await h.open('about:blank');
    let popup = await h.openPopup();
    const stageSelect = 'select[aria-label="Stage of Product Designer at Acme"]';
    await popup.select(stageSelect, 'rejected');
    await popup.waitFor(showsText, 'Start the debrief now');
    await popup.waitFor(showsText, 'Debrief to do: Acme');
    await h.waitForApplications((list) => list.some((a) => a.id === acme.id && a.stage === 'rejected'));
    const pending = await readTable<{ applicationId: string; status: string }>('debriefs');
    expect(pending).toEqual([expect.objectContaining({ applicationId: acme.id, status: 'pending' })]);
    await shoot(popup, 'debrief-1-popup-offer');

    // "Start the debrief now" opens the debrief in the options page.
    await popup.click(button('Start the debrief now'));
    const page = await h.waitForTab(h.extensionUrl('src/options/index.html#/debrief/'));
    // The popup closed itself as the tab opened: only the driver's hold on it is left to let go of.
    await popup.close();
    expect(await page.url()).toContain(`#/debrief/${encodeURIComponent(acme.id)}`);

    // Step 1: perspective, with live numbers.
    await page.waitFor(hasHeading, { level: 1, name: 'Product Designer at Acme' });
    await page.waitFor(showsText, 'You still have 1 application in flight');
    await shoot(page, 'debrief-2-perspective');

    // Step 2: the drafted note, with a contact; "I sent it" schedules one reminder.
    await page.click(button('Next: Ask for feedback'));
    await page.fill({ label: 'Their name (optional)' }, 'Dana Smith');
    await page.fill({ label: 'Their email (optional)' }, 'dana@acme.example');
    const note = () => [...document.querySelectorAll('textarea')].find((t) => t.labels?.[0]?.textContent?.includes('Your note'))?.value ?? '';
    await page.waitFor(() => [...document.querySelectorAll('textarea')].some((t) => t.value.startsWith('Hi Dana,')));
    await expect.poll(() => page.evaluate(note)).toMatch(
      /^Hi Dana,\n\nThank you for letting me know your decision about the Product Designer role at Acme/,
    );
    await expect.poll(() => page.evaluate(() => [...document.querySelectorAll('a')].find((a) => a.textContent?.trim() === 'Open in mail')?.getAttribute('href'))).toMatch(
      /^mailto:dana@acme\.example\?subject=/,
    );
    await page.click(button('I sent it'));
    await page.waitFor(showsText, 'Rebound will remind you once');
    await shoot(page, 'debrief-3-ask');

    // Step 3: feedback pasted from an email, markup and all; the close call is named; two actions added.
    await page.click(button('Next: Use the feedback'));
    const pasted =
      '<div dir="ltr"><p>Hi Dana,</p><p>Thank you again. It was a <b>really difficult decision</b> and it came down to the final two.</p><p>We didn\'t see much user research on your resume, and we went with a more experienced candidate.</p><img src="x" onerror="document.title=\'pwned\'"></div>';
    await page.fill({ label: 'Their feedback' }, pasted);
    await page.waitFor(showsText, 'Because the feedback says');
    await page.click({ css: 'input[type=checkbox]', label: 'Close call: a stronger candidate' });
    await page.click({ css: 'input[type=checkbox]', label: 'The resume did not show a skill' });
    await page.waitFor(showsText, 'You came close, and that counts.');
    await page.click(button('Add this action'));
    await page.waitFor(count, '.action-item');
    await page.evaluate(() =>
      [...document.querySelectorAll('li.action-idea')]
        .find((li) => li.textContent?.includes('bring user research forward'))
        ?.querySelector('button')
        ?.setAttribute('data-idea', 'research'),
    );
    await page.click('[data-idea=research]');
    await page.waitFor(() => document.querySelectorAll('.action-item').length === 2);
    expect(await page.evaluate(count, '#main img')).toBe(0);
    expect(await page.evaluate(() => document.title)).not.toBe('pwned');
    await shoot(page, 'debrief-4-feedback');

    // Step 4: silver lining, a preference.
    await page.click(button('Next: Silver lining'));
    await page.fill({ label: 'Something I want in a company or role' }, 'A hiring team that explains its decisions');
    await page.press('Enter');
    await page.waitFor(count, '.preference');
    await shoot(page, 'debrief-5-silver-lining');

    // Step 5: keep going: the saved job, the week's progress, the next step; then finish.
    await page.click(button('Next: Keep going'));
    await page.waitFor(() => [...document.querySelectorAll('.saved-job')].some((el) => el.textContent?.includes('Design Lead')));
    // The week's count, against the goal when one was chosen.
    await page.waitFor(showsMatch, 'This week:\\s+\\d+ (of \\d+ )?applications? sent');
    await page.fill({ label: 'Your next step' }, 'Apply to the Initech role by Friday');
    await shoot(page, 'debrief-6-keep-going');
    await page.click(button('Finish the debrief'));
    await page.waitFor(() => [...document.querySelectorAll('h1, h2, h3')].some((el) => el.textContent?.includes('Debrief done')));
    await shoot(page, 'debrief-7-done');

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
    const items = await readTable<{ id: string; applicationId: string; theme: string; text: string }>('actionItems');
    // The two themes' actions, and the next step from step 5 as an item of its own.
    expect(items.find((i) => i.id.startsWith('next-step:'))?.text).toBe('Apply to the Initech role by Friday');
    expect(items.map((i) => i.theme).sort()).toEqual(['close_call', 'other', 'resume_skill']);
    expect(items.every((i) => i.applicationId === acme.id)).toBe(true);
    expect(items.find((i) => i.theme === 'resume_skill')?.text).toContain('bring user research forward');
    const preferences = await readTable<{ text: string; kind: string; sourceApplicationId: string }>('preferences');
    expect(preferences).toEqual([
      expect.objectContaining({ text: 'A hiring team that explains its decisions', kind: 'want', sourceApplicationId: acme.id }),
    ]);

    // The insight appears, with the feedback shown as plain text.
    await page.click({ css: 'a', text: 'See your insights' });
    await page.waitFor(hasHeading, { level: 1, name: 'Debriefs and insights' });
    await page.waitFor(hasHeading, { name: 'Themes in your last 1 debrief' });
    await expect.poll(() => page.evaluate(() => [...document.querySelectorAll('figcaption li')].find((li) => li.textContent?.includes('Close call: a stronger candidate'))?.textContent)).toBe(
      'Close call: a stronger candidate: 1 of 1',
    );
    await page.click({ text: 'What they said' });
    await page.waitFor(() => document.querySelector('.plain-text'));
    await expect.poll(() => page.evaluate(() => document.querySelector('.plain-text')?.textContent)).toBe(pasted);
    expect(await page.evaluate(count, '.plain-text *')).toBe(0);
    await shoot(page, 'debrief-8-insights');

    // The pending debrief is gone from the popup.
    await anchor.bringToFront();
    popup = await h.openPopup();
    await popup.waitFor((css) => document.querySelector(css), stageSelect);
    expect(await popup.evaluate(() => document.body.textContent?.includes('Debrief to do'))).toBe(false);
    await shoot(popup, 'debrief-9-popup-after');
    await popup.close();
  });
});
