/**
 * 5 and 6: the interface and the store at scale, in real Chromium. The interface figures come from
 * scripts/lib/bench-ui.ts (popup and options first render, a search keystroke at 0, 1,000 and 10,000
 * applications). The store figures: importing a 10,000-application backup through the options page
 * (read, validate, merge, one transaction; timed inside the page), then a stage query and a text
 * search over the same 10,000 records from the pipeline page's filters.
 */
import { launch, type Harness } from '../../test/support/chromium';
import { generatePipeline } from '../../test/support/pipeline';
import { buildEnvelope, serializeEnvelope } from '../../src/core/transfer/envelope';
import { SCHEMA_VERSIONS } from '../../src/db/migrations';
import { IMPORT_MEASURE } from '../../src/ui/first-render';
import { benchAtSize, formatTable, optionsUrl, type SizeResult } from '../lib/bench-ui';
import { summarise, type Summary } from './stats';

export interface ScaleFigures {
  ui: SizeResult[];
  store: { importMs: Summary; backupMB: number; stageQueryMs: Summary; textSearchMs: Summary };
}

const SIZE = 10_000;

function backupOf(count: number): Buffer {
  const pipeline = generatePipeline(count, 11);
  const tables = { ...pipeline } as unknown as Record<string, Record<string, unknown>[]>;
  const latest = Math.max(...SCHEMA_VERSIONS.map((v) => v.version));
  return Buffer.from(serializeEnvelope(buildEnvelope(tables, latest, null, Date.now())));
}

/** Empty the store through the page's own "Delete everything", then import the backup file. */
async function importOnce(h: Harness, backup: Buffer): Promise<number> {
  const page = await h.context.newPage();
  await page.goto(`${optionsUrl(h)}#/data`, { waitUntil: 'load' });
  await page.click('[data-testid=delete-start]');
  await page.fill('[data-testid=delete-confirm-word]', 'delete');
  await page.click('[data-testid=delete-confirm]');
  await page.waitForFunction(() => !document.querySelector('[data-testid=delete-confirm]'));
  // A 40 MB file takes a while to hand over on a busy machine (30 s was not always enough).
  await page.setInputFiles('[data-testid=import-json]', { name: 'backup.json', mimeType: 'application/json', buffer: backup }, { timeout: 180_000 });
  const ms = await page.waitForFunction(
    (name) => performance.getEntriesByName(name)[0]?.duration,
    IMPORT_MEASURE,
    { timeout: 120_000 },
  );
  const value = (await ms.jsonValue()) as number;
  await page.close();
  return value;
}

/** Time from a filter change to the table showing its result (two animation frames after the DOM settles). */
async function filterOnce(h: Harness, apply: string, done: string): Promise<number> {
  const page = await h.context.newPage();
  await page.goto(optionsUrl(h), { waitUntil: 'load' });
  await page.waitForFunction(() => performance.getEntriesByName('rebound:pipeline-complete').length > 0, null, { timeout: 60_000 });
  const ms = await page.evaluate(
    `(async () => {
      const start = performance.now();
      ${apply}
      while (!(${done})) {
        if (performance.now() - start > 20000) throw new Error('The filter did not settle in 20 s');
        await new Promise((r) => requestAnimationFrame(r));
      }
      return performance.now() - start;
    })()`,
  );
  await page.close();
  return ms as number;
}

export interface ScaleOptions {
  repeats: number;
  log: (line: string) => void;
  /** Pipeline sizes for the interface figures. */
  sizes?: number[];
  extensionDir?: string;
}

export async function benchScale({ repeats, log, sizes = [0, 1_000, SIZE], extensionDir }: ScaleOptions): Promise<ScaleFigures> {
  const h = await launch({ extensionDir });
  try {
    log('5. Interface at scale (ms from navigation start; median (min–max))');
    const ui: SizeResult[] = [];
    for (const size of sizes) ui.push(await benchAtSize(h, size, repeats));
    log(formatTable(ui).replace(/^/gm, '   '));
    // Issue 17's measure: each page's first render at the largest size against its own empty render
    // (no applications) in this run; the floors (a page that renders nothing) follow in bench.ts.
    const empty = ui.find((r) => r.applications === 0);
    const largest = ui.at(-1)!;
    if (empty && largest !== empty) {
      const times = (a: Summary, b: Summary) => `${(a.median / b.median).toFixed(2)}×`;
      log(
        `   at ${largest.applications.toLocaleString('en')}: options ${times(largest.optionsFirstRender, empty.optionsFirstRender)} and popup ${times(largest.popupFirstRender, empty.popupFirstRender)} their empty render (targets 1.5× and 1.2×)`,
      );
    }

    log(`6. Store at ${SIZE.toLocaleString('en')} applications`);
    const backup = backupOf(SIZE);
    const imports: number[] = [];
    let importsFailed = 0;
    for (let i = 0; i < Math.min(repeats, 3); i++) {
      // One failed import is counted and said, not the end of the run.
      const ms = await importOnce(h, backup).catch(() => null);
      if (ms === null) importsFailed++;
      else imports.push(ms);
    }
    const setStage = `const select = document.querySelector('#pipeline-stage');
      select.value = 'interviewing'; select.dispatchEvent(new Event('change', { bubbles: true }));`;
    const rowsAll = (re: string) => `[...document.querySelectorAll('tbody tr')].length > 0 && [...document.querySelectorAll('tbody tr')].every((tr) => ${re}.test(tr.textContent))`;
    const stageDone = rowsAll('/Interviewing/');
    const stage: number[] = [];
    for (let i = 0; i < repeats; i++) stage.push(await filterOnce(h, setStage, stageDone));
    const typeSearch = `const input = document.querySelector('#pipeline-search');
      input.value = 'engineer 42'; input.dispatchEvent(new Event('input', { bubbles: true }));`;
    // The pipeline's search matches every typed word anywhere in title, company, location or notes.
    const searchDone = rowsAll('/engineer/i') + ` && [...document.querySelectorAll('tbody tr')].every((tr) => /42/.test(tr.textContent))`;
    const search: number[] = [];
    for (let i = 0; i < repeats; i++) search.push(await filterOnce(h, typeSearch, searchDone));
    const store = {
      importMs: summarise(imports),
      backupMB: Number((backup.length / 2 ** 20).toFixed(1)),
      stageQueryMs: summarise(stage),
      textSearchMs: summarise(search),
    };
    log(`   import a ${store.backupMB} MB backup: median ${store.importMs.median} ms (${imports.length} runs${importsFailed ? `, ${importsFailed} failed` : ''})`);
    log(`   stage filter: median ${store.stageQueryMs.median} ms; text search: median ${store.textSearchMs.median} ms (incl. the 100 ms typing pause)`);
    return { ui, store };
  } finally {
    await h.close();
  }
}
