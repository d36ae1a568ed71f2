/**
 * Replies read in webmail, end to end in a real browser, on pages the project wrote modelled on
 * Gmail's and Outlook's markup, served at their real hostnames. The permission prompt is browser UI
 * no script can answer, so the extension is a copy of the build whose manifest grants the mail hosts
 * at install (what the prompt grants); the opt-in itself is the real one, clicked in Settings.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyGranting } from '../support/all-sites-copy';
import { launchBrowser, pollUntil, type Driver, type Tab } from '../support/driver';
import { showsText, storeTransaction } from '../support/in-page';
import { screenshots } from '../support/screenshots';

const CHIP = 'rebound-reply-chip';
const GMAIL = 'https://mail.google.com/mail/u/0/';
const OUTLOOK = 'https://outlook.office.com/mail/';
const MAIL_ORIGINS = ['mail.google.com', 'outlook.live.com', 'outlook.office.com', 'outlook.office365.com', 'outlook.cloud.microsoft'].map(
  (host) => `https://${host}/*`,
);

let h: Driver;
let root: string;

beforeAll(async () => {
  root = copyGranting(MAIL_ORIGINS);
  h = await launchBrowser({ extensionDir: root });
});
afterAll(async () => {
  await h?.close();
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

const registered = () => h.background(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id).sort());

/** Two applications in flight, written straight into IndexedDB as an earlier session would have left it. */
async function seedPipeline(target: Tab): Promise<void> {
  const now = Date.now();
  const app = {
    id: 'app-acme', title: 'Product Designer', company: 'Acme', location: '', workMode: null, salary: '', employmentType: '',
    board: 'greenhouse', jobId: '', jobKey: '', postingUrl: 'https://example.test/acme', canonicalUrl: 'https://example.test/acme',
    description: '', stage: 'applied', savedAt: now - 86_400_000, appliedAt: now - 86_400_000, notes: '',
    createdAt: now - 86_400_000, updatedAt: now - 86_400_000, contacts: [], interviews: [],
  };
  const initech = { ...app, id: 'app-initech', title: 'Analyst', company: 'Initech', postingUrl: 'https://example.test/initech', canonicalUrl: 'https://example.test/initech' };
  await target.evaluate(storeTransaction, { applications: [app, initech] });
}

async function openThread(tab: Tab, id: string): Promise<void> {
  await tab.evaluate((hash) => {
    location.hash = hash;
  }, `#inbox/${id}`);
  await tab.waitFor((thread) => document.querySelector(`h2.hP[data-legacy-thread-id="${thread}"]`) !== null, id);
}

const chipText = (tab: Tab) => h.uiText(tab, CHIP);
const waitForChip = async (tab: Tab, pattern: RegExp, timeoutMs = 10_000) => {
  let text = '';
  await pollUntil(() => `a chip matching ${pattern}; it says "${text}"`, async () => pattern.test((text = await chipText(tab))), timeoutMs);
  return text;
};

describe('before the opt-in', () => {
  it('registers no mail script, even with the hosts granted, and shows nothing in Gmail', async () => {
    expect(await registered()).toEqual([]);
    const gmail = await h.open(`${GMAIL}#inbox`);
    await openThread(gmail, 'FMfcgzAcmeRejection0001');
    // The page rendered the rejection; give a running script more than its debounce and a round trip.
    const started = Date.now();
    await pollUntil('a second and a half to pass', async () => Date.now() - started > 1500);
    expect(await chipText(gmail)).toBe('');
    await gmail.close();
  });
});

describe('after opting in to Gmail in Settings', () => {
  let gmail: Tab;

  beforeAll(async () => {
    const options = await h.openExtensionPage('options', '#/settings');
    await seedPipeline(options);
    await options.click({ css: 'button', text: 'Read replies in Gmail' });
    await options.waitFor(showsText, 'On. Open an email from an employer in Gmail');
    await screenshots(options, { light: 'settings-mail-replies', height: 1800 });
    await pollUntil('the Gmail script to be registered', async () => (await registered()).join() === 'rebound-mail-gmail');
    await options.close();
    gmail = await h.open(`${GMAIL}#inbox`);
  });

  it('a rejection for an application in the pipeline shows the chip; "Mark rejected" moves it, logs the email and offers the debrief', async () => {
    await openThread(gmail, 'FMfcgzAcmeRejection0001');
    const text = await waitForChip(gmail, /looks like a rejection from Acme for Product Designer/);
    expect(text).toContain('we have decided to move forward with other candidates');
    expect(text).not.toContain('Unfortunately — an update'); // the hidden preheader is not read
    await screenshots(gmail, { light: 'mail-chip-gmail' });
    await h.clickInUi(gmail, CHIP, 'Mark rejected');
    await waitForChip(gmail, /Marked rejected/);
    const [app] = await h.waitForApplications((apps) => apps.some((a) => a.id === 'app-acme' && a.stage === 'rejected'));
    expect(app?.stage).toBe('rejected');
    const reply = (await h.events()).find((event) => event.kind === 'reply');
    expect(reply).toMatchObject({
      applicationId: 'app-acme',
      source: 'email',
      reply: { label: 'rejection', subject: 'Your application to Acme', sentence: expect.stringContaining('move forward with other candidates') },
    });
    expect(reply?.reply?.link).toBe(`${GMAIL}#inbox/FMfcgzAcmeRejection0001`);
    expect(JSON.stringify(await h.events())).not.toContain('Thank you so much for applying'); // never the body
    expect(await h.table('debriefs')).toEqual([expect.objectContaining({ applicationId: 'app-acme', status: 'pending' })]);
    await h.clickInUi(gmail, CHIP, 'Start the debrief');
    const debrief = await h.waitForTab(h.extensionUrl('src/options/index.html#/debrief/app-acme'));
    await debrief.close();
  });

  it('the same email opened twice is offered once', async () => {
    await gmail.evaluate(() => {
      location.hash = '#inbox';
    });
    await pollUntil('the chip to go with the closed message', async () => (await chipText(gmail)) === '');
    await openThread(gmail, 'FMfcgzAcmeRejection0001');
    const started = Date.now();
    await pollUntil('a second and a half to pass', async () => Date.now() - started > 1500);
    expect(await chipText(gmail)).toBe('');
  });

  it('an acknowledgement for a job Rebound never saw adds one applied record', async () => {
    await openThread(gmail, 'FMfcgzGlobexAck00000002');
    await waitForChip(gmail, /looks like an acknowledgement of your application from Globex for Data Analyst/);
    await h.clickInUi(gmail, CHIP, 'Add as applied');
    await waitForChip(gmail, /Added to your pipeline as applied/);
    const apps = await h.waitForApplications((list) => list.some((a) => a.company === 'Globex'));
    expect(apps.filter((a) => a.company === 'Globex')).toEqual([expect.objectContaining({ title: 'Data Analyst', stage: 'applied', board: 'email' })]);
  });

  it('"Forget processed emails" in Your data lets an email be offered again', async () => {
    const data = await h.openExtensionPage('options', '#/data');
    await data.waitFor(showsText, 'It remembers 2 emails now.');
    await data.click({ css: 'button', text: 'Forget processed emails' });
    await data.waitFor(showsText, 'Forgotten. Emails you open again may be offered again.');
    expect(await h.background(async () => (await chrome.storage.local.get('mailSeen')).mailSeen ?? null)).toBeNull();
    await data.close();
    await gmail.bringToFront();
    await openThread(gmail, 'FMfcgzAcmeRejection0001');
    // Acme is rejected now, so the email matches nothing still open: it may be added instead.
    await waitForChip(gmail, /looks like a rejection from Acme.*not in your pipeline yet/);
  });

  it('a job alert shows no chip', async () => {
    await openThread(gmail, 'FMfcgzJobAlert00000003');
    const started = Date.now();
    await pollUntil('a second and a half to pass', async () => Date.now() - started > 1500);
    expect(await chipText(gmail)).toBe('');
  });

  it('in a reply chain the newest message decides: an interview invitation over a quoted rejection', async () => {
    await openThread(gmail, 'FMfcgzChain000000000004');
    await waitForChip(gmail, /looks like an interview invitation from Initech/);
  });

  it('a 5 MB body, right-to-left and CJK text and an HTML-only email: no freeze, and the script keeps working', async () => {
    await openThread(gmail, 'FMfcgzHuge0000000000005');
    await waitForChip(gmail, /looks like an acknowledgement of your application from Vandelay/, 20_000);
    await openThread(gmail, 'FMfcgzRtlCjk0000000006');
    const started = Date.now();
    await pollUntil('a second and a half to pass', async () => Date.now() - started > 1500);
    expect(await chipText(gmail)).toBe('');
    await openThread(gmail, 'FMfcgzHtmlOnly00000008');
    await waitForChip(gmail, /looks like a rejection from Lumen/);
  });

  it('a message it cannot read shows a quiet note and is counted on this computer', async () => {
    await openThread(gmail, 'FMfcgzUnreadable000007');
    await waitForChip(gmail, /Rebound couldn’t read this email/);
    const counts = await pollUntil('the count', () =>
      h.background(async () => (await chrome.storage.local.get('mailUnreadable')).mailUnreadable as Record<string, number> | undefined),
    );
    expect(counts).toEqual({ gmail: 1 });
  });

  it('Outlook stays off until it is turned on on its own', async () => {
    const outlook = await h.open(OUTLOOK);
    await outlook.click({ css: '[data-convid]', text: 'Your application to Acme' });
    await outlook.waitFor(() => document.querySelector('[role="heading"]') !== null);
    const started = Date.now();
    await pollUntil('a second and a half to pass', async () => Date.now() - started > 1500);
    expect(await h.uiText(outlook, CHIP)).toBe('');
    await outlook.close();
  });

  it('turning Gmail off unregisters its script', async () => {
    const options = await h.openExtensionPage('options', '#/settings');
    await options.click({ css: 'button', text: 'Stop reading replies in Gmail' });
    await pollUntil('the Gmail script to be unregistered', async () => (await registered()).length === 0);
    await options.close();
  });
});

describe('Outlook on the web', () => {
  it('after its opt-in, the newest message of a conversation decides, and "Mark interviewing" adds the round', async () => {
    const options = await h.openExtensionPage('options', '#/settings');
    await options.click({ css: 'button', text: 'Read replies in Outlook on the web' });
    await pollUntil('the Outlook script to be registered', async () => (await registered()).join() === 'rebound-mail-outlook');
    await options.close();
    const outlook = await h.open(OUTLOOK);
    await outlook.click({ css: '[data-convid]', text: 'RE: Your Initech application' });
    await waitForChip(outlook, /looks like an interview invitation from Initech/);
    await screenshots(outlook, { light: 'mail-chip-outlook' });
    await h.clickInUi(outlook, CHIP, 'Mark interviewing');
    await waitForChip(outlook, /Moved to interviewing, with the interview added/);
    const apps = await h.waitForApplications((list) => list.some((a) => a.id === 'app-initech' && a.stage === 'interviewing'));
    expect(apps.find((a) => a.id === 'app-initech')?.interviews).toEqual([expect.objectContaining({ name: 'Interview' })]);
    await outlook.close();
  });
});
