import { beforeEach, describe, expect, it, vi } from 'vitest';

/** The browser's registrations, and a way to make one call fail. */
const registered = new Map<string, unknown>();
let failRegisterFor: string | null = null;
let calls: string[] = [];
const switches: Record<string, boolean> = {};
vi.mock('../../../src/shared/browser', () => ({
  default: {
    storage: { local: { get: async () => ({ mailReaders: { ...switches } }) } },
    permissions: { contains: async () => true },
    scripting: {
      async getRegisteredContentScripts({ ids }: { ids: string[] }) {
        calls.push(`get ${ids.join()}`);
        await Promise.resolve();
        return ids.filter((id) => registered.has(id)).map((id) => ({ id }));
      },
      async registerContentScripts(scripts: { id: string }[]) {
        for (const { id } of scripts) {
          calls.push(`register ${id}`);
          if (id === failRegisterFor) throw new Error('The browser refused');
          if (registered.has(id)) throw new Error(`Duplicate script ID '${id}'`);
          registered.set(id, true);
        }
      },
      async unregisterContentScripts({ ids }: { ids: string[] }) {
        for (const id of ids) {
          calls.push(`unregister ${id}`);
          if (!registered.delete(id)) throw new Error(`Nonexistent script ID '${id}'`);
        }
      },
    },
  },
}));
const { syncMailReaders } = await import('../../../src/background/mail-readers');

beforeEach(() => {
  registered.clear();
  failRegisterFor = null;
  calls = [];
  for (const key of Object.keys(switches)) delete switches[key];
});

describe('the mail scripts follow their switches', () => {
  it('registers the providers turned on and unregisters the ones turned off', async () => {
    switches.outlook = true;
    registered.set('rebound-mail-gmail', true);
    expect(await syncMailReaders()).toEqual(['outlook']);
    expect([...registered.keys()]).toEqual(['rebound-mail-outlook']);
  });

  it('two syncs asked for at once run one after the other, and neither fails', async () => {
    switches.gmail = true;
    const both = await Promise.all([syncMailReaders(), syncMailReaders()]);
    expect(both).toEqual([['gmail'], ['gmail']]);
    // The second looked only after the first had registered: one registration, no duplicate.
    expect(calls.filter((c) => c.startsWith('register'))).toEqual(['register rebound-mail-gmail']);
  });

  it("one provider's failure still brings the other in line, and is reported", async () => {
    switches.gmail = true;
    switches.outlook = true;
    failRegisterFor = 'rebound-mail-gmail';
    await expect(syncMailReaders()).rejects.toThrow('The browser refused');
    expect([...registered.keys()]).toEqual(['rebound-mail-outlook']);
  });
});
