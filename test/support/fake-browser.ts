/**
 * The one stand-in for the extension APIs in unit tests: storage.local (with its change events and
 * a log of writes), runtime's id and URLs, notifications, tabs and windows, each recording what it
 * was asked. Give it to code that takes its browser as an argument (createNudges), or return it from
 * a vi.mock of src/shared/browser where a module still imports the polyfill.
 */
import type { Browser } from 'webextension-polyfill';

type Listener = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>, area: string) => void;

export interface FakeBrowser {
  runtime: { id: string; getURL(path: string): string };
  storage: {
    local: {
      /** What is stored, by key (copies, as the real storage keeps). */
      data: Map<string, unknown>;
      /** Every set() call's items, in order. */
      writes: Record<string, unknown>[];
      /** Make get() fail, as storage does when the browser is shutting down. */
      failGet: boolean;
      get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      remove(keys: string | string[]): Promise<void>;
    };
    onChanged: { addListener(l: Listener): void; removeListener(l: Listener): void };
  };
  notifications: {
    shown: Map<string, unknown>;
    create(id: string, options: unknown): Promise<string>;
    clear(id: string): Promise<boolean>;
  };
  tabs: {
    opened: string[];
    query(q: unknown): Promise<{ id?: number; windowId?: number }[]>;
    create(p: { url: string }): Promise<{ id: number }>;
    update(id: number, p: { url?: string }): Promise<{ id: number }>;
  };
  windows: { update(id: number, p: unknown): Promise<unknown> };
}

export function fakeBrowser(id = 'rebound-id'): FakeBrowser {
  const listeners: Listener[] = [];
  const local: FakeBrowser['storage']['local'] = {
    data: new Map(),
    writes: [],
    failGet: false,
    async get(keys) {
      if (local.failGet) throw new Error('storage unavailable');
      const wanted = keys === null || keys === undefined ? [...local.data.keys()] : Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(wanted.filter((k) => local.data.has(k)).map((k) => [k, structuredClone(local.data.get(k))]));
    },
    async set(items) {
      local.writes.push(structuredClone(items));
      for (const [key, value] of Object.entries(items)) {
        const oldValue = local.data.get(key);
        local.data.set(key, structuredClone(value));
        for (const l of [...listeners]) l({ [key]: { newValue: structuredClone(value), oldValue } }, 'local');
      }
    },
    async remove(keys) {
      for (const key of Array.isArray(keys) ? keys : [keys]) local.data.delete(key);
    },
  };
  const shown = new Map<string, unknown>();
  const opened: string[] = [];
  return {
    runtime: { id, getURL: (path) => `chrome-extension://${id}/${path.replace(/^\//, '')}` },
    storage: {
      local,
      onChanged: {
        addListener: (l) => void listeners.push(l),
        removeListener: (l) => void listeners.splice(listeners.indexOf(l) >>> 0, 1),
      },
    },
    notifications: {
      shown,
      async create(notificationId, options) {
        shown.set(notificationId, options);
        return notificationId;
      },
      async clear(notificationId) {
        return shown.delete(notificationId);
      },
    },
    tabs: {
      opened,
      async query() {
        return [];
      },
      async create({ url }) {
        opened.push(url);
        return { id: opened.length };
      },
      async update(tabId, { url }) {
        if (url) opened.push(url);
        return { id: tabId };
      },
    },
    windows: { update: async () => ({}) },
  };
}

/** The fake, typed as the real API for code that takes one (it answers only what Rebound asks). */
export const asBrowser = <T extends Partial<Browser>>(fake: FakeBrowser): T => fake as unknown as T;
