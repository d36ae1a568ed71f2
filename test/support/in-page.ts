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
 * (opened as it is, without Dexie) that puts raw `applications` and `events` records and resolves
 * when it commits. With `hold`, it also keeps itself busy until `globalThis.__releaseStore` is set,
 * and resolves as soon as it holds the store: every other write waits behind it meanwhile.
 */
export const storeTransaction = ({ applications = [], events = [], hold = false }: { applications?: unknown[]; events?: unknown[]; hold?: boolean }) =>
  new Promise<void>((resolve, reject) => {
    const open = indexedDB.open('rebound');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['applications', 'events'], 'readwrite');
      for (const app of applications) tx.objectStore('applications').put(app);
      for (const event of events) tx.objectStore('events').put(event);
      const g = globalThis as unknown as { __releaseStore?: boolean };
      const spin = () => {
        if (!g.__releaseStore) tx.objectStore('applications').count().onsuccess = spin;
      };
      if (hold) spin();
      tx.oncomplete = () => {
        db.close();
        if (!hold) resolve();
      };
      tx.onerror = () => reject(tx.error);
      if (hold) resolve();
    };
  });
