/**
 * What a page may make the background write: board keys only from the board's own hosts, no change to
 * a record from another site without the person's yes, one write per capture id (retries and the
 * outbox included), and a save that is said to have worked when it did, even with storage.session full.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../../support/fake-browser';
import { draft } from '../../support/builders';
import type { Request } from '../../../src/shared/messages';
import { eventsOf } from '../../../src/db/events-of';

const browser = fakeBrowser();
vi.mock('../../../src/shared/browser', () => ({ default: browser }));
vi.mock('../../../src/background/agent', () => ({
  detectIn: async () => ({ page: 'posting', draft: draft() }),
  showToastIn: async () => undefined,
}));

const { getDb } = await import('../../../src/db/schema');
const { saveFromPage, claimableDraft } = await import('../../../src/background/page-capture');
const { drainOutbox } = await import('../../../src/background/outbox');
const { saveDraft, undo } = await import('../../../src/background/capture');
const { saveFromTab } = await import('../../../src/background/shortcuts');

type Save = Extract<Request, { type: 'capture/save' }>;
const GH_PAGE = 'https://job-boards.greenhouse.io/acme/jobs/123/confirmation';
const HOSTILE = 'https://careers.hostile.example/apply?gh_jid=123';

function submission(overrides: Partial<Save> = {}): Save {
  return { type: 'capture/save', draft: draft(), stage: 'applied', trigger: 'submission', captureId: crypto.randomUUID(), ...overrides };
}

beforeEach(async () => {
  const db = getDb();
  await Promise.all([db.applications.clear(), db.events.clear()]);
  browser.storage.local.data.clear();
  browser.storage.session.data.clear();
  browser.storage.session.full = false;
  browser.action.badge = '';
});

describe('board keys', () => {
  it('are claimed only from the board’s own hosts', () => {
    expect(claimableDraft(draft(), GH_PAGE)).toMatchObject({ board: 'greenhouse', jobId: '123' });
    expect(claimableDraft(draft({ url: HOSTILE }), HOSTILE)).toMatchObject({ board: 'web', jobId: '' });
    expect(claimableDraft(draft({ board: 'web', jobId: '' }), HOSTILE)).toMatchObject({ board: 'web', jobId: '' });
  });

  it('a page elsewhere naming a Greenhouse job id leaves the user’s Greenhouse record alone', async () => {
    const saved = await saveDraft(draft({ url: 'https://job-boards.greenhouse.io/acme/jobs/123' }), 'saved', 'popup', crypto.randomUUID());
    await saveFromPage(submission({ draft: draft({ url: HOSTILE, title: 'Something else' }) }), HOSTILE);
    const real = await getDb().applications.get(saved.applicationId);
    expect(real).toMatchObject({ stage: 'saved', title: 'Backend Engineer' });
    expect(await eventsOf(getDb(), saved.applicationId).count()).toBe(1);
  });
});

describe('a record first seen on another site', () => {
  it('is not changed without asking; the answer says which record, and "same job" then writes it', async () => {
    // Saved by an older version from the employer's page, with the Greenhouse key that page claimed then.
    const old = await saveDraft(draft({ url: 'https://www.acme.example/careers?gh_jid=123' }), 'saved', 'popup', crypto.randomUUID());
    const request = submission({ draft: draft({ url: GH_PAGE }) });
    const reply = await saveFromPage(request, GH_PAGE);
    expect(reply).toEqual({ question: 'same-job', applicationId: old.applicationId, title: 'Backend Engineer', company: 'Acme', site: 'www.acme.example' });
    expect((await getDb().applications.get(old.applicationId))?.stage).toBe('saved');
    const yes = await saveFromPage({ ...request, sameAs: old.applicationId }, GH_PAGE);
    expect(yes).toMatchObject({ applicationId: old.applicationId, stage: 'applied' });
  });

  it('the same board on another of its hosts is the same site: no question', async () => {
    await saveDraft(draft({ url: 'https://boards.greenhouse.io/acme/jobs/123' }), 'saved', 'popup', crypto.randomUUID());
    expect(await saveFromPage(submission({ draft: draft({ url: GH_PAGE }) }), GH_PAGE)).toMatchObject({ stage: 'applied' });
  });
});

describe('one write per capture', () => {
  it('a capture that arrives by message and from the outbox is written once, and the outbox is emptied', async () => {
    const request = submission({ draft: draft({ url: GH_PAGE }) });
    await browser.storage.local.set({ [`outbox:${request.captureId}`]: { request, pageUrl: GH_PAGE, at: Date.now() } });
    const [byMessage] = await Promise.all([saveFromPage(request, GH_PAGE), drainOutbox()]);
    await drainOutbox();
    expect(byMessage).toMatchObject({ stage: 'applied' });
    expect(await getDb().applications.count()).toBe(1);
    expect(await getDb().events.count()).toBe(1);
    expect([...browser.storage.local.data.keys()]).toEqual([]);
  });

  it('the message and the drain asking for one capture at once share one save (one transaction)', async () => {
    const request = submission({ draft: draft({ url: GH_PAGE }) });
    const transactions = vi.spyOn(getDb(), 'transaction');
    try {
      const [first, second] = await Promise.all([saveFromPage(request, GH_PAGE), saveFromPage(request, GH_PAGE)]);
      expect(second).toEqual(first);
      expect(transactions).toHaveBeenCalledTimes(1);
    } finally {
      transactions.mockRestore();
    }
  });

  it('undo also takes the capture out of the outbox: a copy drained late cannot bring the record back', async () => {
    const request = submission({ draft: draft({ url: GH_PAGE }) });
    const saved = await saveFromPage(request, GH_PAGE);
    // The hand-over and the message travel side by side: the outbox's copy may land after the save.
    await browser.storage.local.set({ [`outbox:${request.captureId}`]: { request, pageUrl: GH_PAGE, at: Date.now() } });
    expect('undoToken' in saved && saved.undoToken).toBe(request.captureId);
    expect(await undo(request.captureId)).toEqual({ undone: true, changedSince: false });
    await drainOutbox();
    expect(await getDb().applications.count()).toBe(0);
    expect([...browser.storage.local.data.keys()]).toEqual([]);
  });

  it('the outbox drops what is not a page capture and writes nothing for it', async () => {
    const manual = submission({ trigger: 'popup', stage: 'saved' });
    await browser.storage.local.set({
      'outbox:a': { request: manual, pageUrl: GH_PAGE, at: Date.now() },
      'outbox:b': { request: { type: 'capture/save', draft: { title: '<script>' } }, pageUrl: GH_PAGE, at: Date.now() },
      'outbox:c': 'nonsense',
      settings: { kept: true },
    });
    expect(await drainOutbox()).toBe(0);
    expect(await getDb().applications.count()).toBe(0);
    expect([...browser.storage.local.data.keys()]).toEqual(['settings']);
  });
});

describe('with storage.session full', () => {
  it('a capture is saved, acknowledged without an Undo, and a retry of it adds nothing', async () => {
    browser.storage.session.full = true;
    const id = crypto.randomUUID();
    const ack = await saveDraft(draft(), 'applied', 'submission', id);
    expect(ack).toMatchObject({ created: true, undoToken: null });
    await saveDraft(draft(), 'applied', 'submission', id);
    expect(await getDb().events.count()).toBe(1);
  });

  it('the shortcut shows ✓, not "!", once the record is written', async () => {
    browser.storage.session.full = true;
    await saveFromTab(7, 'shortcut');
    expect(await getDb().applications.count()).toBe(1);
    expect(browser.action.badge).toBe('✓');
  });
});

describe('one job across sites', () => {
  const LINKEDIN = 'https://www.linkedin.com/jobs/view/3912345678/';
  const onLinkedIn = (over = {}) => draft({ board: 'linkedin', jobId: '3912345678', url: LINKEDIN, ...over });

  it('an outbound apply address is kept only from a page of a site Rebound knows', () => {
    const applyUrl = 'https://boards.greenhouse.io/acme/jobs/123';
    expect(claimableDraft(onLinkedIn({ applyUrl }), LINKEDIN).applyUrl).toBe(applyUrl);
    expect(claimableDraft(draft({ board: 'web', jobId: '', url: HOSTILE, applyUrl }), HOSTILE).applyUrl).toBeUndefined();
  });

  it('an application on the employer’s board updates the job saved on LinkedIn and says where it was saved', async () => {
    const saved = await saveDraft(onLinkedIn(), 'saved', 'popup', crypto.randomUUID());
    const ack = await saveFromPage(submission(), GH_PAGE);
    expect(ack).toMatchObject({ applicationId: saved.applicationId, created: false, stage: 'applied', joinedFrom: 'LinkedIn' });
    const events = await eventsOf(getDb(), saved.applicationId).sortBy('id');
    expect(events.map((e) => [e.kind, e.site])).toEqual([['captured', 'linkedin'], ['applied', 'greenhouse']]);
  });

  it('with two saved jobs that could be it, the answer lists both; the outbox’s copy and the message ask alike', async () => {
    const a = await saveDraft(onLinkedIn(), 'saved', 'popup', crypto.randomUUID());
    const b = await saveDraft(draft({ board: 'wellfound', jobId: '2845700', url: 'https://wellfound.com/jobs/2845700-backend-engineer' }), 'saved', 'popup', crypto.randomUUID());
    const request = submission();
    const first = await saveFromPage(request, GH_PAGE);
    const again = await saveFromPage(request, GH_PAGE);
    for (const ack of [first, again]) {
      expect('choices' in ack && ack.choices?.map((c) => [c.applicationId, c.site]).sort()).toEqual([[a.applicationId, 'LinkedIn'], [b.applicationId, 'Wellfound']].sort());
    }
    expect(await getDb().applications.count()).toBe(3);
  });
});
