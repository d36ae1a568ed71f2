/**
 * `npx tsx scripts/bench/work-variants.ts [--loads=9] [--rounds=2] variant.js …`: where the all-sites
 * script's work on non-job pages goes. Each variant is a file that replaces dist/all-sites.js (the
 * name is the file's); `empty` (every page script emptied: the bench's floor), `address` (every page
 * script reads the address and stops: its second floor) and `built` (dist as built) are always measured. All are measured on the same non-job pages of ../shared/realpages, the
 * same way (section 2's tracing), in rounds whose order alternates so a machine that gets busier
 * or quieter during the run does not favour the variants measured last. Prints, per variant, the
 * median over pages of each page's median, and the same split by trace event (compile, evaluation,
 * callbacks).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DIST, launch } from '../../test/support/chromium';
import { allSitesCopy } from '../../test/support/all-sites-copy';
import { readManifest, REALPAGES_DIR } from '../lib/realpages';
import { agentFiles, measureBytes } from './bytes';
import { floorCopy, FLOOR_SCRIPTS } from './floors';
import { allSitesRegistered } from './all-sites-registration';
import { measurePageCosts } from './page-cost';
import { benchUrl, realpagesRoute } from './realpages-route';
import { quantile, round } from './stats';

const arg = (name: string, fallback: number) =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const LOADS = arg('loads', 9);
const ROUNDS = arg('rounds', 2);
const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));

const rows = readManifest(REALPAGES_DIR).filter((row) => !row.posting);
const pageScripts = [
  ...measureBytes(DIST).contentScript.files.map((file) => path.relative(DIST, path.resolve(DIST, file))),
  'all-sites.js',
  ...agentFiles(DIST),
];

interface Variant {
  name: string;
  dir: string;
}

function variantDir(name: string, source: string | null): Variant {
  const floor = name === 'empty' || name === 'address' ? FLOOR_SCRIPTS[name] : null;
  const base = floor === null ? DIST : floorCopy(DIST, pageScripts, floor);
  const dir = allSitesCopy(base);
  if (base !== DIST) fs.rmSync(base, { recursive: true, force: true });
  if (source !== null) fs.writeFileSync(path.join(dir, 'all-sites.js'), source);
  return { name, dir };
}

const variants: Variant[] = [
  variantDir('empty', null),
  variantDir('address', null),
  variantDir('built', null),
  ...files.map((file) => variantDir(path.basename(file, '.js'), fs.readFileSync(file, 'utf8'))),
];

/** Per variant, per page: every load's figure, and the sum per event name. */
const samples = new Map<string, Map<string, number[]>>();
const threadSamples = new Map<string, Map<string, number[]>>();
const byEvent = new Map<string, Map<string, number[]>>();

async function measure(variant: Variant): Promise<void> {
  const h = await launch({ extensionDir: variant.dir });
  h.server.routes.push(realpagesRoute(REALPAGES_DIR, rows));
  // Every variant on every non-job page, as each would cost there if it ran (the built one included).
  await allSitesRegistered(h, { everywhere: true });
  const origin = `chrome-extension://${h.extensionId}/`;
  const scripts = new Set(pageScripts.map((file) => origin + file));
  const pages = samples.get(variant.name) ?? new Map<string, number[]>();
  samples.set(variant.name, pages);
  const threads = threadSamples.get(variant.name) ?? new Map<string, number[]>();
  threadSamples.set(variant.name, threads);
  const events = byEvent.get(variant.name) ?? new Map<string, number[]>();
  byEvent.set(variant.name, events);
  for (const row of rows) {
    const measured = await measurePageCosts(h.context, benchUrl(row), scripts, LOADS);
    if (!measured) continue;
    pages.set(row.file, [...(pages.get(row.file) ?? []), ...measured.value.map((c) => c.extensionMs)]);
    threads.set(row.file, [...(threads.get(row.file) ?? []), ...measured.value.map((c) => c.cpuMs)]);
    for (const cost of measured.value) {
      for (const [name, ms] of Object.entries(cost.byEvent)) events.set(name, [...(events.get(name) ?? []), ms]);
    }
  }
  await h.close();
}

console.log(`load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}; ${rows.length} non-job pages, ${LOADS} loads each, ${ROUNDS} rounds`);
for (let round_ = 0; round_ < ROUNDS; round_++) {
  const order = round_ % 2 === 0 ? variants : [...variants].reverse();
  for (const variant of order) await measure(variant);
}
/** The median over pages of each page's median. */
const medianOf = (pages: Map<string, number[]>) => quantile([...pages.values()].map((s) => quantile(s, 0.5)), 0.5);
const floor = medianOf(samples.get('empty')!);
const threadFloor = medianOf(threadSamples.get('empty')!);
for (const variant of variants) {
  const pages = samples.get(variant.name)!;
  const median = medianOf(pages);
  const thread = medianOf(threadSamples.get(variant.name)!);
  const loads = [...pages.values()].reduce((n, s) => n + s.length, 0);
  // A load without an event counts as 0 ms of it.
  const split = [...(byEvent.get(variant.name) ?? new Map<string, number[]>()).entries()]
    .map(([name, ms]) => `${name} ${round(quantile([...ms, ...Array<number>(loads - ms.length).fill(0)], 0.5))}`)
    .join(', ');
  console.log(`${variant.name.padEnd(16)} median ${round(median)} ms (${round(median / floor, 2)}× empty), thread ${round(thread)} ms (${round(thread / threadFloor, 2)}×); median per load by event (nested counted in each): ${split}`);
}
console.log(`load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
for (const variant of variants) fs.rmSync(variant.dir, { recursive: true, force: true });
