/**
 * UI timings in real Chromium with the built extension: the popup's first render, the options page's
 * first render (and when its background load completes), and a search keystroke, at a given pipeline
 * size. The pages time themselves with User Timing marks (src/ui/first-render.ts), read back here;
 * startTime is measured from the page's navigation start, so it includes loading the scripts.
 * `npm run bench` (its scale section, scripts/bench/scale.ts) runs these; `npm run bench -- --only=scale` runs just them.
 */
import type { Page } from 'playwright-core';
import type { Harness } from '../../test/support/chromium';
import { summarise, type Summary } from '../bench/stats';
import { generatePipeline } from '../../test/support/pipeline';
import {
  FIRST_RENDER_MARK,
  PIPELINE_COMPLETE_MARK,
  POPUP_COUNTS_FRESH_MARK,
  POPUP_COUNTS_MARK,
} from '../../src/ui/first-render';

export function optionsUrl(h: Harness): string {
  return `chrome-extension://${h.extensionId}/src/options/index.html`;
}

/**
 * Replace the pipeline with `count` applications from the tests' generator (test/support/pipeline.ts:
 * descriptions of a few kilobytes, like real postings, and each application's timeline), written with
 * raw IndexedDB inside an extension page, a thousand at a time. The page must have opened the
 * database once, so the schema is at its latest version.
 */
export async function seedPipeline(page: Page, count: number, seed = 1): Promise<void> {
  await addNameShim(page);
  const { applications, events } = generatePipeline(count, seed, 2800, Date.now());
  const write = (batch: { clear: boolean; applications: unknown[]; events: unknown[] }) =>
    page.evaluate(async ({ clear, applications, events }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('rebound');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tables = ['applications', 'events', 'debriefs', 'actionItems'].filter((t) => db.objectStoreNames.contains(t));
      const tx = db.transaction(tables, 'readwrite');
      if (clear) for (const t of tables) tx.objectStore(t).clear();
      for (const app of applications) tx.objectStore('applications').put(app);
      for (const event of events) tx.objectStore('events').put(event);
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    }, batch);
  const BATCH = 1000;
  await write({ clear: true, applications: [], events: [] });
  for (let start = 0; start < applications.length; start += BATCH) {
    const batch = applications.slice(start, start + BATCH);
    const ids = new Set(batch.map((app) => app.id));
    await write({ clear: false, applications: batch, events: events.filter((event) => ids.has(event.applicationId)) });
  }
}

/**
 * tsx compiles this file with esbuild's keepNames, which wraps named functions inside the callbacks we
 * send to pages in a `__name(…)` helper that only exists here: give the page a do-nothing one.
 */
async function addNameShim(page: Page): Promise<void> {
  await page.evaluate('globalThis.__name ??= (fn) => fn');
}

/** Wait for a User Timing mark in a page and return its startTime (ms since navigation start). */
async function markTime(page: Page, name: string, timeoutMs = 30_000): Promise<number> {
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, name, { timeout: timeoutMs, polling: 20 });
  return page.evaluate((mark) => performance.getEntriesByName(mark)[0]!.startTime, name);
}


export interface PopupTiming {
  /** Recent applications and the numbers on screen (the numbers possibly as last counted). */
  firstRender: number;
  /** The numbers counted afresh (null with no applications, when none are shown). */
  countsExact: number | null;
}

/**
 * The real toolbar popup, opened fresh: ms from its navigation start until both its recent
 * applications and its numbers are on screen (the later of the two marks; with no applications the
 * numbers are not shown, so the list's mark alone), and until the numbers are counted afresh.
 */
export async function measurePopupFirstRender(h: Harness, withCounts = true): Promise<PopupTiming> {
  const popup = await h.openPopup();
  const at = (mark: string) => `(performance.getEntriesByName('${mark}')[0]?.startTime ?? null)`;
  try {
    await popup.waitFor(`${at(FIRST_RENDER_MARK)} !== null`, 30_000);
    if (!withCounts) return { firstRender: await popup.evaluate<number>(at(FIRST_RENDER_MARK)), countsExact: null };
    await popup.waitFor(`${at(POPUP_COUNTS_MARK)} !== null && ${at(POPUP_COUNTS_FRESH_MARK)} !== null`, 30_000);
    return {
      firstRender: await popup.evaluate<number>(`Math.max(${at(FIRST_RENDER_MARK)}, ${at(POPUP_COUNTS_MARK)})`),
      countsExact: await popup.evaluate<number>(at(POPUP_COUNTS_FRESH_MARK)),
    };
  } finally {
    await popup.close();
  }
}

export interface OptionsTiming {
  /** First render with data (the newest applications, or the empty state). */
  firstRender: number;
  /** Every application loaded in the background, so search covers them all (null when empty). */
  complete: number | null;
}

/** A new options tab: ms from navigation start to first render, and to the background load's end. */
export async function measureOptionsFirstRender(h: Harness, hash = ''): Promise<{ timing: OptionsTiming; page: Page }> {
  const page = await h.context.newPage();
  await page.goto(optionsUrl(h) + hash, { waitUntil: 'commit' });
  const firstRender = await markTime(page, FIRST_RENDER_MARK);
  const empty = await page.evaluate(() => document.querySelector('[data-complete]') === null);
  const complete = empty ? null : await markTime(page, PIPELINE_COMPLETE_MARK);
  return { timing: { firstRender, complete }, page };
}

export interface KeystrokeTiming {
  /** Key down → the next frame painted with the typed character in the box. */
  echo: number;
  /** Key down → the filtered results painted (includes the search's debounce). */
  results: number;
}

/**
 * Type one real key into the pipeline search (after `prefix`, set and settled first) and time it
 * from the key event to the paint that shows the new result count.
 */
export async function measureSearchKeystroke(page: Page, prefix: string, key: string): Promise<KeystrokeTiming> {
  const search = page.locator('#pipeline-search');
  await search.fill(prefix);
  await page.waitForFunction(
    (text) => document.querySelector('[data-testid="result-count"]')?.textContent?.includes('match') && text.length > 0,
    prefix,
  );
  await page.waitForTimeout(250); // let the debounce settle on the prefix
  await addNameShim(page);
  await page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('#pipeline-search')!;
    const count = document.querySelector('[data-testid="result-count"]')!;
    const before = count.textContent;
    const afterPaint = (fn: () => void) => requestAnimationFrame(() => setTimeout(fn, 0));
    (window as unknown as { benchKeystroke: Promise<{ echo: number; results: number }> }).benchKeystroke = new Promise(
      (resolve, reject) => {
        let t0 = 0;
        let echo = 0;
        input.addEventListener(
          'keydown',
          (event) => {
            t0 = event.timeStamp;
            afterPaint(() => (echo = performance.now() - t0));
          },
          { once: true },
        );
        const observer = new MutationObserver(() => {
          if (count.textContent === before) return;
          observer.disconnect();
          afterPaint(() => resolve({ echo, results: performance.now() - t0 }));
        });
        observer.observe(count, { subtree: true, characterData: true, childList: true });
        setTimeout(() => reject(new Error('The results did not change after typing.')), 10_000);
      },
    );
  });
  await search.press(key);
  return page.evaluate(() => (window as unknown as { benchKeystroke: Promise<KeystrokeTiming> }).benchKeystroke);
}

export interface SizeResult {
  applications: number;
  popupFirstRender: Summary;
  popupCountsExact: Summary | null;
  optionsFirstRender: Summary;
  optionsComplete: Summary | null;
  searchEcho: Summary | null;
  searchResults: Summary | null;
}

/** Seed `count` applications and time everything `runs` times. */
export async function benchAtSize(h: Harness, count: number, runs: number): Promise<SizeResult> {
  const setup = await h.context.newPage();
  await setup.goto(optionsUrl(h), { waitUntil: 'load' });
  await setup.waitForFunction(() => performance.getEntriesByName('rebound:first-render').length > 0);
  await seedPipeline(setup, count);
  await setup.close();

  const popup: number[] = [];
  const first: number[] = [];
  const complete: number[] = [];
  const echo: number[] = [];
  const results: number[] = [];
  // One warm-up of each, not counted: the first open after seeding also pays for IndexedDB's cold start.
  await measurePopupFirstRender(h, count > 0);
  await (await measureOptionsFirstRender(h)).page.close();
  const popupExact: number[] = [];
  for (let i = 0; i < runs; i++) {
    const timing = await measurePopupFirstRender(h, count > 0);
    popup.push(timing.firstRender);
    if (timing.countsExact !== null) popupExact.push(timing.countsExact);
  }
  for (let i = 0; i < runs; i++) {
    const { timing, page } = await measureOptionsFirstRender(h);
    first.push(timing.firstRender);
    if (timing.complete !== null) complete.push(timing.complete);
    if (count > 0 && i === runs - 1) {
      for (let k = 0; k < runs; k++) {
        const t = await measureSearchKeystroke(page, `engineer ${k + 1}`, '0');
        echo.push(t.echo);
        results.push(t.results);
      }
    }
    await page.close();
  }
  return {
    applications: count,
    popupFirstRender: summarise(popup),
    popupCountsExact: popupExact.length ? summarise(popupExact) : null,
    optionsFirstRender: summarise(first),
    optionsComplete: complete.length ? summarise(complete) : null,
    searchEcho: echo.length ? summarise(echo) : null,
    searchResults: results.length ? summarise(results) : null,
  };
}

const cell = (s: Summary | null) => (s ? `${s.median.toFixed(1)} (${s.min.toFixed(0)}–${s.max.toFixed(0)})` : '—');

/** A plain-text table: median (min–max) in ms per measure and size. */
export function formatTable(results: readonly SizeResult[]): string {
  const header = [
    'applications',
    'popup first render',
    'popup numbers exact',
    'options first render',
    'options all loaded',
    'keystroke echo',
    'search results',
  ];
  const rows = results.map((r) => [
    r.applications.toLocaleString('en'),
    cell(r.popupFirstRender),
    cell(r.popupCountsExact),
    cell(r.optionsFirstRender),
    cell(r.optionsComplete),
    cell(r.searchEcho),
    cell(r.searchResults),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n');
}
