import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';

const store = new Map<string, unknown>();
vi.mock('../../../src/shared/browser', () => ({
  default: {
    runtime: { id: 'rebound-id', getURL: (p: string) => `chrome-extension://rebound-id/${p}` },
    storage: {
      local: {
        get: async (key: string) => (store.has(key) ? { [key]: store.get(key) } : {}),
        set: async (items: Record<string, unknown>) => Object.entries(items).forEach(([k, v]) => store.set(k, v)),
      },
      session: {
        get: async (key: string) => (store.has(`s:${key}`) ? { [key]: store.get(`s:${key}`) } : {}),
        set: async (items: Record<string, unknown>) => Object.entries(items).forEach(([k, v]) => store.set(`s:${k}`, v)),
        remove: async (key: string) => void store.delete(`s:${key}`),
      },
    },
  },
}));
vi.mock('../../../src/background/agent', () => ({ detectIn: vi.fn(), startWatching: vi.fn() }));
vi.mock('../../../src/background/open-options', () => ({ openOptions: vi.fn(), openWelcome: vi.fn() }));
vi.mock('../../../src/background/options-tab', () => ({ openOptionsAt: vi.fn() }));

const { routeMessage } = await import('../../../src/background/message-router');
const { getDb } = await import('../../../src/db/schema');

const gmail: Runtime.MessageSender = {
  id: 'rebound-id',
  url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzAcme000001',
  tab: { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
};
const otherSite: Runtime.MessageSender = { ...gmail, url: 'https://evil.example/#inbox/x' };

const KEY = 'a'.repeat(64);
const email = {
  subject: 'Your application to Acme',
  fromName: 'Acme Hiring Team',
  fromAddress: 'no-reply@us.greenhouse-mail.io',
  date: 1000,
  link: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzAcme000001',
  body: 'Hi Alex, we have decided to move forward with other candidates for the Product Designer role.',
};

beforeEach(async () => {
  store.clear();
  store.set('mailReaders', { gmail: true });
  const db = getDb();
  await db.applications.clear();
  await db.events.clear();
  await db.debriefs.clear();
  await db.applications.put({
    id: 'app-acme', title: 'Product Designer', company: 'Acme', location: '', workMode: null, salary: '', employmentType: '',
    board: 'greenhouse', jobId: '', jobKey: '', postingUrl: '', canonicalUrl: '', description: '', stage: 'applied',
    savedAt: 1, appliedAt: 1, notes: '', createdAt: 1, updatedAt: 1, contacts: [], interviews: [],
  });
});

describe('mail requests', () => {
  it('classify the opened text, match it, and offer it once', async () => {
    const first = await routeMessage({ type: 'mail/offer', key: KEY, email }, gmail);
    expect(first).toMatchObject({
      ok: true,
      value: { offer: true, pick: false, reading: { label: 'rejection', company: 'Acme' }, candidates: [{ applicationId: 'app-acme' }] },
    });
    const again = await routeMessage({ type: 'mail/offer', key: KEY, email }, gmail);
    expect(again).toMatchObject({ ok: true, value: { offer: false } });
    expect(JSON.stringify([...store.values()])).not.toContain('move forward'); // the body is never kept
  });

  it('file a rejection, then undo it', async () => {
    const reading = { label: 'rejection', sentence: 'We have decided to move forward with other candidates.', company: 'Acme', jobTitle: '', jobId: '' };
    const { body: _body, ...seen } = email;
    const filed = await routeMessage({ type: 'mail/file', key: KEY, action: 'file', applicationId: 'app-acme', reading, email: { ...seen, when: null } }, gmail);
    expect(filed).toMatchObject({ ok: true, value: { applicationId: 'app-acme', debrief: true } });
    expect((await getDb().applications.get('app-acme'))?.stage).toBe('rejected');
    const token = filed.ok ? (filed.value as { undoToken: string }).undoToken : '';
    expect(await routeMessage({ type: 'mail/undo', token }, gmail)).toEqual({ ok: true, value: { undone: true } });
    expect((await getDb().applications.get('app-acme'))?.stage).toBe('applied');
  });

  it('are refused from another site, or when the person has not opted in, and change nothing', async () => {
    expect(await routeMessage({ type: 'mail/offer', key: KEY, email }, otherSite)).toMatchObject({ ok: false, error: 'Reading replies is not turned on for this site.' });
    store.set('mailReaders', { gmail: false });
    expect(await routeMessage({ type: 'mail/offer', key: KEY, email }, gmail)).toMatchObject({ ok: false, error: 'Reading replies is not turned on for this site.' });
    expect(store.has('mailSeen')).toBe(false);
  });

  it('refuse a link that does not point into the webmail, or a malformed key', async () => {
    const bad = await routeMessage({ type: 'mail/offer', key: KEY, email: { ...email, link: 'javascript:alert(1)' } }, gmail);
    expect(bad.ok).toBe(false);
    expect((await routeMessage({ type: 'mail/offer', key: 'not-a-hash', email }, gmail)).ok).toBe(false);
  });
});
