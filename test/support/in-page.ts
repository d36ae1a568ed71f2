/**
 * Small questions a person answers by looking at a page, for Tab.waitFor / Tab.evaluate. Each runs
 * inside the page and sees only its one argument.
 */

/** Does the visible text contain `text` (a string, or a RegExp source)? */
export const showsText = (text: string) => document.body.innerText.includes(text);
export const showsMatch = (source: string) => new RegExp(source).test(document.body.innerText);

/** Is there a heading (of `level`, when given) whose text contains `name`? */
export const hasHeading = ({ name, level }: { name: string; level?: number }) =>
  [...document.querySelectorAll(level ? `h${level}` : 'h1, h2, h3, h4, h5, h6')].some((h) => h.textContent?.replace(/\s+/g, ' ').includes(name));

/** How many elements match `css`. */
export const count = (css: string) => document.querySelectorAll(css).length;

/** The trimmed text of every element matching `css`. */
export const texts = (css: string) => [...document.querySelectorAll(css)].map((el) => (el.textContent ?? '').trim());

/** The value of the first field matching `css` (null when there is none). */
export const valueOf = (css: string) => document.querySelector<HTMLInputElement>(css)?.value ?? null;

/**
 * In the background or an extension page: one read-write transaction on the extension's database
 * (opened as it is, without Dexie) that puts raw records (`applications`, `events`, or any `tables`)
 * and resolves when it commits. It first waits for the extension to have created the database with
 * those stores (a test may run before the extension's first open of it), and never creates it itself.
 * With `hold`, it also keeps itself busy until `globalThis.__releaseStore` is set, and resolves as
 * soon as it holds the store: every other write waits behind it meanwhile.
 */
export const storeTransaction = async ({
  applications = [],
  events = [],
  tables = {},
  hold = false,
}: {
  applications?: unknown[];
  events?: unknown[];
  tables?: Record<string, unknown[]>;
  hold?: boolean;
}): Promise<void> => {
  const records: Record<string, unknown[]> = { applications, events, ...tables };
  const names = Object.keys(records).filter((name) => records[name]!.length > 0);
  if (names.length === 0) names.push('applications');
  const openReady = () =>
    new Promise<IDBDatabase | null>((resolve) => {
      const open = indexedDB.open('rebound');
      // Not created yet: abort rather than create an empty one the extension would then have to upgrade.
      open.onupgradeneeded = () => open.transaction?.abort();
      open.onerror = () => resolve(null);
      open.onsuccess = () => {
        const db = open.result;
        if (names.every((name) => db.objectStoreNames.contains(name))) return resolve(db);
        db.close();
        resolve(null);
      };
    });
  const deadline = Date.now() + 20_000;
  let db = await openReady();
  while (!db) {
    if (Date.now() > deadline) throw new Error(`The extension's database has no ${names.join(', ')} store after 20 s`);
    await new Promise((wake) => setTimeout(wake, 50));
    db = await openReady();
  }
  const ready = db;
  return new Promise<void>((resolve, reject) => {
    const tx = ready.transaction(names, 'readwrite');
    for (const name of names) for (const record of records[name]!) tx.objectStore(name).put(record);
    const g = globalThis as unknown as { __releaseStore?: boolean };
    const spin = () => {
      if (!g.__releaseStore) tx.objectStore(names[0]!).count().onsuccess = spin;
    };
    if (hold) spin();
    tx.oncomplete = () => {
      ready.close();
      if (!hold) resolve();
    };
    tx.onerror = () => reject(tx.error);
    if (hold) resolve();
  });
};
