/**
 * `npm run bench`: what Rebound costs, measured in real Chromium against the built extension (dist/).
 * Prints a table and writes artifacts/bench.json. Figures are medians over repeated runs, with their
 * spread; nothing here asserts a threshold (the targets are in the README and the issue notes).
 *
 *   --quick   fewer repetitions (a smoke run of the harness, not figures to quote)
 *   --only=work,boards   run only these sections (bytes, hostile, work, load, boards, latency, scale, mail), to
 *                        check one figure while working on it; the JSON then holds only those
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_PATH, DIST, chromiumFlags, launch } from '../test/support/chromium';
import { readManifest, REALPAGES_DIR } from './lib/realpages';
import { agentFiles, measureBytes } from './bench/bytes';
import { measureCaptureLatency, serveAshbyForAnyJob } from './bench/capture-latency';
import { measureLoadRatio } from './bench/load-overhead';
import { measurePageCosts } from './bench/page-cost';
import { benchUrl, realpagesRoute } from './bench/realpages-route';
import { quantile, round, summarise, type Summary } from './bench/stats';
import { allSitesCopy } from '../test/support/all-sites-copy';
import { benchScale } from './bench/scale';
import { measureQuietPages } from './bench/quiet-pages';
import { measureMailCost } from './bench/mail-cost';
import { EXAMPLES } from '../src/sites/all-examples';
import { SITE_URLS } from '../src/sites/all-urls';
import { boardScriptFile, boardSites, matchesPattern } from '../src/sites/manifest-entries';
import { pageScriptAt } from '../src/sites/opt-in-matches';
import { emptyPageMs, emptyPopupMs, floorCopy, FLOOR_SCRIPTS } from './bench/floors';
import { allSitesRegistered } from './bench/all-sites-registration';
import { measureHostilePages } from './bench/hostile-time';

const quick = process.argv.includes('--quick');
const only = process.argv
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const runs = (section: string) => !only || only.includes(section);
/** Marks the plain page served at the boards' non-job addresses in section 3b. */
const BOARD_BENCH_PARAM = 'rebound-board-bench';
const REPEATS = quick ? 2 : 5;
/** Work on a non-job page is a fraction of a millisecond; more loads make its median steady. */
const SCRIPT_REPEATS = quick ? 2 : 9;
const LOAD_PAIRS = quick ? 2 : 4;
const started = Date.now();
const log = (line: string) => console.log(line);
/** Seconds each section took (the whole run must stay under 10 minutes): where to look when it does not. */
const sectionSeconds: Record<string, number> = {};
let sectionStarted = Date.now();
const took = (section: string) => {
  sectionSeconds[section] = round((Date.now() - sectionStarted) / 1000, 1);
  sectionStarted = Date.now();
};

const ratio = (figure: number, floor: number) => `${round(figure / floor, 2)}×`;


/** A page measured again because its trace lacked a mark, or given up: said, never the end of the run. */
function logIncomplete({ remeasured, dropped }: { remeasured: number; dropped: string[] }): void {
  if (remeasured || dropped.length) {
    log(`   ${remeasured} trace(s) lacked a load mark and were measured again; ${dropped.length} page(s) given up: ${dropped.join(', ') || 'none'}`);
  }
}

/** Every script Rebound runs inside pages: each board's, the all-sites one and the agents. */
function pageScriptFiles(): string[] {
  return [...measureBytes(DIST).contentScript.files.map((file) => path.relative(DIST, path.resolve(DIST, file))), 'all-sites.js', ...agentFiles(DIST)];
}

/**
 * The floor of the script-work figures: the same loads with every page script emptied. `allSites`:
 * with the all-sites opt-in granted (section 2), else the default install (section 3b); `script`:
 * what each page script becomes (floors.ts). As many loads
 * per page as the non-job figures it is the floor of (it had five to their nine: medians of unlike
 * samples).
 */
async function scriptFloor(urls: string[], allSites: boolean, script: string = FLOOR_SCRIPTS.empty) {
  const loads = SCRIPT_REPEATS;
  const emptied = floorCopy(DIST, pageScriptFiles(), script);
  const extensionDir = allSites ? allSitesCopy(emptied) : emptied;
  const h = await launch({ extensionDir });
  if (rows.length) h.server.routes.push(realpagesRoute(REALPAGES_DIR, rows));
  h.server.routes.push(plainBoardPage);
  const stillWidened = allSites ? await allSitesRegistered(h, { everywhere: true }) : null;
  const origin = `chrome-extension://${h.extensionId}/`;
  const scripts = new Set(pageScriptFiles().map((file) => origin + file));
  const wall: number[] = [];
  const cpu: number[] = [];
  for (const url of urls) {
    const measured = await measurePageCosts(h.context, url, scripts, loads);
    if (!measured) continue;
    wall.push(quantile(measured.value.map((c) => c.extensionMs), 0.5));
    cpu.push(quantile(measured.value.map((c) => c.cpuMs), 0.5));
  }
  if (stillWidened && !(await stillWidened())) log('   (the floor\'s registration was narrowed again while it was measured: its figure covers fewer pages)');
  await h.close();
  for (const dir of new Set([emptied, extensionDir])) fs.rmSync(dir, { recursive: true, force: true });
  return { pages: wall.length, loadsPerPage: loads, wall: summarise(wall), cpu: summarise(cpu) };
}

/** The plain page served at the boards' non-job addresses (section 3b and its floor). */
function plainBoardPage(req: { url?: string }, res: import('node:http').ServerResponse): boolean {
  if (!req.url?.includes(BOARD_BENCH_PARAM)) return false;
  res
    .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    .end('<!doctype html><title>Open roles</title><h1>Open roles</h1><p>Search our jobs.</p>');
  return true;
}

if (!fs.existsSync(path.join(DIST, 'manifest.json'))) {
  console.error('bench: dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  machine: {
    cpus: os.cpus().length,
    model: os.cpus()[0]?.model ?? '',
    memoryGiB: round(os.totalmem() / 2 ** 30, 1),
  },
  chromium: CHROME_PATH,
  repeats: REPEATS,
};

// 1. Bytes on every page.
const bytes = measureBytes(DIST);
results.bytes = bytes;
log('1. Bytes');
/** Issue 14's limits, in gzipped bytes (1 KB = 1,024 B). */
const BUDGET = { contentScript: 1024, allSites: 2048, agent: 25 * 1024 };
const against = (gz: number, budget: number) => `${gz <= budget ? 'within' : 'OVER'} the ${budget / 1024} KB budget`;
log(
  `   always-on script per site  ${bytes.contentScript.raw} B raw, ${bytes.contentScript.gzip} B gzipped (the largest of ${bytes.contentScript.files.length}; a page gets one; ${against(bytes.contentScript.gzip, BUDGET.contentScript)})`,
);
const { generic, largestSite, smallestSite } = bytes.agent;
log(
  `   page agent, a site's (job pages only) ${largestSite.raw} B raw, ${largestSite.gzip} B gzipped (the largest of ${bytes.agent.sites}, ${largestSite.file}; the smallest ${smallestSite.gzip} B, ${smallestSite.file}; ${against(largestSite.gzip, BUDGET.agent)})`,
);
log(`   page agent, generic (any other job page) ${generic.raw} B raw, ${generic.gzip} B gzipped (${against(generic.gzip, BUDGET.agent)})`);
log(`   all-sites opt-in script     ${bytes.allSites.raw} B raw, ${bytes.allSites.gzip} B gzipped (${against(bytes.allSites.gzip, BUDGET.allSites)})`);
log(
  `   added to a non-job page    ${bytes.nonJobPageTotal.gzip} B gzipped; to a job page ${bytes.jobPageTotal.gzip} B gzipped`,
);

// 1b. Hostile pages: the fuzz test's inputs, timed (the test itself asserts only what must hold).
if (runs('hostile')) {
  const hostile = measureHostilePages(quick ? 200 : 2_000);
  results.hostilePages = hostile;
  log(
    `1b. Hostile pages (${hostile.pages}, happy-dom in Node): median ${hostile.perPageMs.median} ms, p95 ${hostile.perPageMs.p95} ms, worst ${hostile.worst.ms} ms (a ${hostile.worst.bytes.toLocaleString('en')}-character page)`,
  );
  took('hostile');
}

// 2 and 3 run on the real pages, with the all-sites opt-in granted (the worst case: the content
// script runs on every page, not only on the job boards).
const rows = fs.existsSync(path.join(REALPAGES_DIR, 'MANIFEST.tsv')) ? readManifest(REALPAGES_DIR) : [];
if (rows.length === 0) log('2-3. ../shared/realpages not found: page cost and load overhead skipped.');
else if (runs('work') || runs('load')) {
  const extensionDir = allSitesCopy(DIST);
  const h = await launch({ extensionDir });
  h.server.routes.push(realpagesRoute(REALPAGES_DIR, rows));
  const origin = `chrome-extension://${h.extensionId}/`;
  const pageScripts = new Set(
    [...bytes.contentScript.files, 'all-sites.js', ...agentFiles(DIST)].map((file) => origin + file),
  );
  await allSitesRegistered(h);

  if (runs('work')) {
    log(
      `2. Work on every page (main-thread ms in extension scripts per load; tracing; ${SCRIPT_REPEATS} loads per non-job page, ${REPEATS} per job page)`,
    );
    const perPage: { file: string; job: boolean; where: ReturnType<typeof pageScriptAt>; samples: number[]; cpu: number[]; longTasks: number }[] = [];
    const incomplete = { remeasured: 0, dropped: [] as string[] };
    for (const row of rows) {
      // Job pages cost several milliseconds and vary less in proportion; their loads are the slow ones.
      const measured = await measurePageCosts(
        h.context,
        benchUrl(row),
        pageScripts,
        row.posting ? REPEATS : SCRIPT_REPEATS,
      );
      if (!measured) {
        incomplete.dropped.push(row.file);
        continue;
      }
      incomplete.remeasured += measured.remeasured;
      const costs = measured.value;
      perPage.push({
        file: row.file,
        job: row.posting,
        where: pageScriptAt(row.url),
        samples: costs.map((cost) => cost.extensionMs),
        cpu: costs.map((cost) => cost.cpuMs),
        longTasks: costs.reduce((n, cost) => n + cost.longTasks, 0),
      });
    }
    const medians = (job: boolean, of: 'samples' | 'cpu') =>
      perPage.filter((p) => p.job === job).map((p) => quantile(p[of], 0.5));
    const work = {
      loadsPerNonJobPage: SCRIPT_REPEATS,
      loadsPerJobPage: REPEATS,
      jobPages: summarise(medians(true, 'samples')),
      nonJobPages: summarise(medians(false, 'samples')),
      jobPagesCpu: summarise(medians(true, 'cpu')),
      nonJobPagesCpu: summarise(medians(false, 'cpu')),
      longTasksCausedByExtension: perPage.reduce((n, p) => n + p.longTasks, 0),
      perPage: perPage.map((p) => ({
        file: p.file,
        job: p.job,
        where: p.where,
        medianMs: round(quantile(p.samples, 0.5)),
        medianCpuMs: round(quantile(p.cpu, 0.5)),
        longTasks: p.longTasks,
      })),
    };
    results.pageWork = work;
    const line = (wall: Summary, cpu: Summary) =>
      `median ${wall.median} ms, p95 ${wall.p95} ms (thread time: median ${cpu.median}, p95 ${cpu.p95})`;
    log(`   job pages (${work.jobPages.n}):     ${line(work.jobPages, work.jobPagesCpu)}`);
    log(`   non-job pages (${work.nonJobPages.n}): ${line(work.nonJobPages, work.nonJobPagesCpu)}`);
    log(`   long tasks (>50 ms) containing extension work: ${work.longTasksCausedByExtension}`);
    logIncomplete(incomplete);
    // The floor: an empty page script on the same non-job pages, in the same run.
    const nonJobUrls = rows.filter((row) => !row.posting).map(benchUrl);
    const floor = await scriptFloor(nonJobUrls, true);
    // A second floor: page scripts that read the address and stop. Reading anything of the page costs
    // the browser its first-touch wrappers, more than the empty floor itself: the share that is ours.
    const addressFloor = await scriptFloor(nonJobUrls, true, FLOOR_SCRIPTS.address);
    log(
      `   floor (an empty page script, ${floor.pages} non-job pages): median ${floor.wall.median} ms (thread ${floor.cpu.median}); ratios: non-job ${ratio(work.nonJobPages.median, floor.wall.median)} (limit 2×), job ${ratio(work.jobPages.median, floor.wall.median)}`,
    );
    log(
      `   floor (page scripts that only read the address, same pages): median ${addressFloor.wall.median} ms (thread ${addressFloor.cpu.median}), itself ${ratio(addressFloor.wall.median, floor.wall.median)} the empty one; non-job ${ratio(work.nonJobPages.median, addressFloor.wall.median)} this floor`,
    );
    // The all-sites script's own pages: non-job pages off the boards, where it runs only if the address
    // holds a job or thank-you word (src/sites/opt-in-matches.ts).
    const offBoards = perPage.filter((p) => !p.job && p.where !== 'site');
    const allSites = {
      pages: offBoards.length,
      work: summarise(offBoards.map((p) => quantile(p.samples, 0.5))),
      withScript: summarise(offBoards.filter((p) => p.where === 'all-sites').map((p) => quantile(p.samples, 0.5))),
      withoutScript: summarise(offBoards.filter((p) => p.where === 'none').map((p) => quantile(p.samples, 0.5))),
    };
    results.pageWork = { ...work, incomplete, floor, addressFloor, allSites };
    log(
      `   all-sites script, non-job pages off the boards (${allSites.pages}): median ${allSites.work.median} ms = ${ratio(allSites.work.median, floor.wall.median)} the empty script (limit 2×); p95 ${allSites.work.p95} ms`,
    );
    log(
      `     address without a job word (${allSites.withoutScript.n}, no script): median ${allSites.withoutScript.median} ms; with one (${allSites.withScript.n}): median ${allSites.withScript.median} ms = ${ratio(allSites.withScript.median, floor.wall.median)} the empty script`,
    );
    took('work');
  }

  if (runs('load')) {
    log(`3. Page-load overhead (${LOAD_PAIRS} interleaved pairs per page)`);
    const plainDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-bench-plain-'));
    const plain = await chromium.launchPersistentContext(plainDir, {
      executablePath: CHROME_PATH,
      headless: true,
      args: chromiumFlags(h.server.port),
    });
    const ratios: { file: string; withMs: number; withoutMs: number; ratio: number }[] = [];
    for (const row of rows) {
      const r = await measureLoadRatio(h.context, plain, benchUrl(row), LOAD_PAIRS);
      ratios.push({
        file: row.file,
        withMs: round(r.withExtensionMs, 1),
        withoutMs: round(r.withoutExtensionMs, 1),
        ratio: round(r.ratio),
      });
    }
    await plain.close();
    fs.rmSync(plainDir, { recursive: true, force: true });
    const ratioSummary = summarise(ratios.map((r) => r.ratio));
    // The floor is the page without the extension, measured in the same pairs.
    const floorMs = summarise(ratios.map((r) => r.withoutMs));
    results.loadOverhead = { ratio: ratioSummary, floorMs, perPage: ratios };
    log(
      `   load-time ratio with/without: median ${ratioSummary.median} (IQR ${ratioSummary.iqr}, p95 ${ratioSummary.p95}); floor (the page without the extension): median ${floorMs.median} ms`,
    );
    took('load');
  }
  await h.close();
  fs.rmSync(extensionDir, { recursive: true, force: true });
}

// 3b. The always-on scripts alone (the default install, no opt-in): on every other page nothing of
// Rebound runs; on its boards' own non-job addresses (a search, a company's board, the home page)
// each site's script runs and stays quiet. The scripts read nothing but the address, so a plain page
// is served there (a heavy real page made each load take seconds for the same figure).
if (runs('boards')) {
  const h = await launch();
  h.server.routes.push(plainBoardPage);
  const origin = `chrome-extension://${h.extensionId}/`;
  const SITES = boardSites(SITE_URLS);
  const boardScripts = new Set(
    [...SITES.map((site) => boardScriptFile(site.id)), ...agentFiles(DIST)].map((file) => origin + file),
  );
  const withParam = (url: string) => {
    const address = new URL(url);
    address.searchParams.set(BOARD_BENCH_PARAM, '1');
    return address.toString();
  };
  const perSite: { site: string; url: string; medianMs: number; medianCpuMs: number }[] = [];
  const boardsIncomplete = { remeasured: 0, dropped: [] as string[] };
  const boardAddresses: string[] = [];
  for (const site of SITES) {
    const url = EXAMPLES[site.id]?.mustNot.find((u) =>
      site.matches.some((pattern) => matchesPattern(pattern, u)),
    );
    if (!url) continue;
    const measured = await measurePageCosts(h.context, withParam(url), boardScripts, SCRIPT_REPEATS);
    if (!measured) {
      boardsIncomplete.dropped.push(url);
      continue;
    }
    boardsIncomplete.remeasured += measured.remeasured;
    boardAddresses.push(withParam(url));
    const costs = measured.value;
    const samples = costs.map((cost) => cost.extensionMs);
    const cpu = costs.map((cost) => cost.cpuMs);
    perSite.push({
      site: site.id,
      url,
      medianMs: round(quantile(samples, 0.5)),
      medianCpuMs: round(quantile(cpu, 0.5)),
    });
  }
  // 3c. The boards narrowed to their job paths: their other pages should get nothing at all.
  const quiet = await measureQuietPages(h.context, DIST, boardScripts, withParam, quick ? 2 : 3);
  await h.close();
  const summary = summarise(perSite.map((p) => p.medianMs));
  const cpu = summarise(perSite.map((p) => p.medianCpuMs));
  const floor = await scriptFloor(boardAddresses, false);
  results.boardScriptsOnNonJobPages = { repeats: SCRIPT_REPEATS, ...summary, cpu, perSite, incomplete: boardsIncomplete, floor };
  log(
    `3b. Always-on script alone, on its own board's non-job pages (${perSite.length} sites, no opt-in): median ${summary.median} ms, p95 ${summary.p95} ms (thread time: median ${cpu.median}, p95 ${cpu.p95})`,
  );
  logIncomplete(boardsIncomplete);
  log(`   floor (an empty page script, same addresses): median ${floor.wall.median} ms (thread ${floor.cpu.median}); ratio ${ratio(summary.median, floor.wall.median)}`);
  results.narrowedSitesNonJobPages = quiet;
  const quietSites = [...new Set(quiet.map((p) => p.site))];
  log(
    `3c. Sites narrowed to their job paths (${quietSites.join(', ')}), on their ${quiet.length} non-job pages: script ${quiet.reduce((sum, p) => sum + p.scriptBytes, 0)} bytes in all, extension work max ${Math.max(0, ...quiet.map((p) => p.medianMs))} ms`,
  );
  took('boards');
}

// 4. Capture latency.
if (runs('latency')) {
  const h = await launch();
  serveAshbyForAnyJob(h);
  const samples: number[] = [];
  for (let r = 0; r < REPEATS; r++) samples.push(await measureCaptureLatency(h));
  await h.close();
  results.captureLatency = summarise(samples);
  log(
    `4. Capture latency (confirmation shown → record written): median ${round(quantile(samples, 0.5), 1)} ms over ${samples.length}`,
  );
  took('latency');
}

// 5 and 6. The interface and the store at scale.
if (runs('scale')) {
  const scale = await benchScale({ repeats: quick ? 2 : 5, log });
  // The floors: a popup and an extension page that render nothing, in the same browser build.
  const floorDir = floorCopy(DIST, pageScriptFiles());
  const h = await launch({ extensionDir: floorDir });
  const popupFloor = summarise(await emptyPopupMs(h, REPEATS));
  const pageFloor = summarise(await emptyPageMs(h, REPEATS));
  await h.close();
  fs.rmSync(floorDir, { recursive: true, force: true });
  const largest = scale.ui.at(-1)!;
  results.scale = { ...scale, floor: { popupMs: popupFloor, pageMs: pageFloor } };
  log(
    `   floors: a popup that renders nothing ${popupFloor.median} ms, an extension page that renders nothing ${pageFloor.median} ms; at ${largest.applications.toLocaleString('en')}: popup ${ratio(largest.popupFirstRender.median, popupFloor.median)}, options ${ratio(largest.optionsFirstRender.median, pageFloor.median)} the floor`,
  );
  took('scale');
}
// 7. The mail script (reading replies in webmail, after the opt-in).
if (runs('mail')) {
  const mail = await measureMailCost(DIST, quick ? 10 : 25);
  results.mail = mail;
  log('7. Mail script (Gmail fixture page, threads opened and closed in turn)');
  for (const [provider, size] of Object.entries(mail.bytes)) log(`   ${provider}: ${size.raw} B raw, ${size.gzip} B gzipped`);
  log(
    `   work per opened message: median ${round(mail.perMessage.median, 2)} ms wall-clock (p95 ${round(mail.perMessage.p95, 2)}), ${round(mail.perMessageCpu.median, 2)} ms thread time over ${mail.opens} opens`,
  );
  took('mail');
}
results.sectionSeconds = sectionSeconds;

results.seconds = round((Date.now() - started) / 1000, 1);
fs.mkdirSync('artifacts', { recursive: true });
const jsonFile = only ? `artifacts/bench-${only.join('-')}.json` : 'artifacts/bench.json';
fs.writeFileSync(jsonFile, `${JSON.stringify(results, null, 2)}\n`);
log(
  `Done in ${results.seconds} s (${Object.entries(sectionSeconds)
    .map(([name, seconds]) => `${name} ${seconds}`)
    .join(', ')}); figures in ${jsonFile}`,
);
