/**
 * A small in-memory stand-in for the parts of the WebExtension API the capture path uses: storage
 * areas (one can be made to refuse writes, like a full storage.session) and the toolbar badge.
 */
type Listener = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>, area: string) => void;

function area(name: string, listeners: Listener[]) {
  const items = new Map<string, unknown>();
  const state = { full: false };
  return {
    items,
    state,
    async get(keys?: string | string[] | null) {
      const wanted = keys === null || keys === undefined ? [...items.keys()] : typeof keys === 'string' ? [keys] : keys;
      return Object.fromEntries(wanted.filter((k) => items.has(k)).map((k) => [k, structuredClone(items.get(k))]));
    },
    async set(values: Record<string, unknown>) {
      if (state.full) throw new Error('Session storage quota bytes exceeded. Values were not stored.');
      const changes = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { newValue: v, oldValue: items.get(k) }]));
      for (const [k, v] of Object.entries(values)) items.set(k, structuredClone(v));
      for (const listener of listeners) listener(changes, name);
    },
    async remove(keys: string | string[]) {
      for (const k of typeof keys === 'string' ? [keys] : keys) items.delete(k);
    },
  };
}

export function fakeBrowser() {
  const listeners: Listener[] = [];
  const badge: { text?: string } = {};
  return {
    badge,
    storage: {
      local: area('local', listeners),
      session: area('session', listeners),
      onChanged: { addListener: (listener: Listener) => listeners.push(listener) },
    },
    action: {
      setBadgeBackgroundColor: async () => undefined,
      setBadgeText: async ({ text }: { text: string }) => {
        badge.text = text;
      },
    },
  };
}
