/**
 * The one stand-in for the extension APIs in unit tests: storage.local (with its change events and
 * a log of writes), runtime's id and URLs, notifications, tabs and windows, each recording what it
 * was asked. Give it to code that takes its browser as an argument (createNudges), or return it from
 * a vi.mock of src/shared/browser where a module still imports the polyfill.
 */
import type { Browser } from 'webextension-polyfill';

type Listener = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>, area: string) => void;

export interface FakeStorageArea {
  /** What is stored, by key (copies, as the real storage keeps). */
  data: Map<string, unknown>;
  /** Every set() call's items, in order. */
  writes: Record<string, unknown>[];
  /** Make get() fail, as storage does when the browser is shutting down. */
  failGet: boolean;
  /** Make set() fail, as storage.session does when its quota is full. */
  full: boolean;
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface FakeBrowser {
  runtime: { id: string; getURL(path: string): string };
  storage: {
    local: FakeStorageArea;
    session: FakeStorageArea;
    onChanged: { addListener(l: Listener): void; removeListener(l: Listener): void };
  };
  /** The toolbar badge: the text last set. */
  action: { badge: string; setBadgeText(p: { text: string }): Promise<void>; setBadgeBackgroundColor(p: unknown): Promise<void> };
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

function storageArea(name: 'local' | 'session', listeners: Listener[]): FakeStorageArea {
  const area: FakeStorageArea = {
    data: new Map(),
    writes: [],
    failGet: false,
    full: false,
    async get(keys) {
      if (area.failGet) throw new Error('storage unavailable');
      const wanted = keys === null || keys === undefined ? [...area.data.keys()] : Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(wanted.filter((k) => area.data.has(k)).map((k) => [k, structuredClone(area.data.get(k))]));
    },
    async set(items) {
      if (area.full) throw new Error('Session storage quota bytes exceeded. Values were not stored.');
      area.writes.push(structuredClone(items));
      for (const [key, value] of Object.entries(items)) {
        const oldValue = area.data.get(key);
        area.data.set(key, structuredClone(value));
        for (const l of [...listeners]) l({ [key]: { newValue: structuredClone(value), oldValue } }, name);
      }
    },
    async remove(keys) {
      for (const key of Array.isArray(keys) ? keys : [keys]) area.data.delete(key);
    },
  };
  return area;
}

export function fakeBrowser(id = 'rebound-id'): FakeBrowser {
  const listeners: Listener[] = [];
  const local = storageArea('local', listeners);
  const session = storageArea('session', listeners);
  const shown = new Map<string, unknown>();
  const opened: string[] = [];
  return {
    runtime: { id, getURL: (path) => `chrome-extension://${id}/${path.replace(/^\//, '')}` },
    storage: {
      local,
      session,
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
    action: {
      badge: '',
      async setBadgeText({ text }) {
        this.badge = text;
      },
      async setBadgeBackgroundColor() {},
    },
  };
}

/** The fake, typed as the real API for code that takes one (it answers only what Rebound asks). */
export const asBrowser = <T extends Partial<Browser>>(fake: FakeBrowser): T => fake as unknown as T;
