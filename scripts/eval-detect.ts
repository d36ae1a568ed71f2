/**
 * npm run eval:detect — run detection over the real-page corpora in ../shared/realpages and
 * ../shared/realpages-more (read in place, never copied), measured as ONE set against their
 * MANIFEST.tsv files. Prints each page, each corpus's figures and the combined ones; exits non-zero
 * when the combined figures are below the quality bars.
 *
 * Field comparison rule (kept deliberately honest): both sides are lower-cased with white space
 * collapsed; a field is OK when they are equal, or equal after also removing punctuation and
 * diacritics. Location alone also accepts one containing the other after that normalisation
 * ("San Francisco, CA" vs "San Francisco, CA (Hybrid)"), because the truth often adds remarks.
 * Expected values lose trailing remarks in brackets that describe the source, e.g.
 * "(JSON-LD baseSalary)" — only for remarks naming JSON-LD/filters/description, never real text.
 * Company alone is compared without a legal form at the end ("ABC Company Inc." = "ABC Company"):
 * Rebound saves names as people say them, and the older ground truth spells out the legal form.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { companyAsSaid } from '../src/core/extract/company';
import { detectPage } from '../src/core/extract/index';
import { pageScriptAt } from '../src/sites/opt-in-matches';
import { parseHtml, readHtml } from './lib/load-page';
import { CORPUS_DIRS, readManifest, type Row } from './lib/realpages';

const BARS = { precision: 0.97, recall: 0.95, title: 0.95, company: 0.9, location: 0.85 };

const basic = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
const loose = (s: string) =>
  basic(s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^\p{L}\p{N}\s]/gu, ' '));

function same(expected: string, got: string, allowContains = false): boolean {
  if (basic(expected) === basic(got) || loose(expected) === loose(got)) return true;
  const [e, g] = [loose(expected), loose(got)];
  return allowContains && !!e && !!g && (e.includes(g) || g.includes(e));
}

interface Result extends Row {
  corpus: string;
  page: string;
  gotPosting: boolean;
  gotConfirmation: boolean;
  titleOk: boolean | null;
  companyOk: boolean | null;
  locationOk: boolean | null;
  got: { title: string; company: string; location: string };
}

async function evaluate(dir: string, row: Row): Promise<Result> {
  const loaded = parseHtml(await readHtml(path.join(dir, row.file)), row.url);
  const { page, job } = detectPage(loaded.document, row.url);
  await loaded.close();
  const got = { title: job?.title ?? '', company: job?.company ?? '', location: job?.location ?? '' };
  const check = (expected: string, value: string, contains = false) =>
    row.posting && expected ? same(expected, value, contains) : null;
  return {
    ...row, corpus: path.basename(dir), page, got,
    gotPosting: page === 'posting' || page === 'application',
    gotConfirmation: page === 'confirmation',
    titleOk: check(row.title, got.title),
    companyOk: check(companyAsSaid(row.company), companyAsSaid(got.company)),
    locationOk: check(row.location, got.location, true),
  };
}

const mark = (v: boolean | null) => (v === null ? '-' : v ? 'ok' : 'NO');
const yn = (v: boolean) => (v ? 'Y' : 'N');

function rate(results: Result[], key: 'titleOk' | 'companyOk' | 'locationOk'): { ok: number; of: number; rate: number } {
  const scored = results.filter((r) => r[key] !== null);
  const ok = scored.filter((r) => r[key]).length;
  return { ok, of: scored.length, rate: scored.length ? ok / scored.length : 1 };
}

function printTable(results: Result[]): void {
  console.log(['corpus'.padEnd(14), 'file'.padEnd(50), 'posting exp/got', 'conf exp/got', 'page'.padEnd(12), 'title', 'company', 'location'].join('  '));
  for (const r of results) {
    console.log([r.corpus.padEnd(14), r.file.padEnd(50), `${yn(r.posting)}/${yn(r.gotPosting)}`.padEnd(15), `${yn(r.confirmation)}/${yn(r.gotConfirmation)}`.padEnd(12), r.page.padEnd(12), mark(r.titleOk).padEnd(5), mark(r.companyOk).padEnd(7), mark(r.locationOk)].join('  '));
    if (process.env.EVAL_VERBOSE && r.posting) console.log(`    got: ${JSON.stringify(r.got)}`);
  }
}

type Summary = ReturnType<typeof summarise>;

function summarise(results: Result[]) {
  const tp = results.filter((r) => r.posting && r.gotPosting).length;
  const predicted = results.filter((r) => r.gotPosting).length;
  const actual = results.filter((r) => r.posting).length;
  return {
    pages: results.length,
    precision: predicted ? tp / predicted : 1,
    recall: actual ? tp / actual : 1,
    confirmationFalsePositives: results.filter((r) => r.gotConfirmation && !r.confirmation).length,
    title: rate(results, 'titleOk'),
    company: rate(results, 'companyOk'),
    location: rate(results, 'locationOk'),
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const share = (r: { ok: number; of: number; rate: number }) => `${r.ok}/${r.of} (${pct(r.rate)})`;

function printSummary(label: string, s: Summary): void {
  console.log(
    `${label.padEnd(22)} ${String(s.pages).padStart(3)} pages · posting precision ${pct(s.precision)} recall ${pct(s.recall)}` +
      ` · confirmation false positives ${s.confirmationFalsePositives} · title ${share(s.title)} company ${share(s.company)} location ${share(s.location)}`,
  );
}

/**
 * Detection helps only where a page script brings the agent: job, application and confirmation pages
 * by the script each gets with the all-sites opt-in on (off the boards, only addresses with a job or
 * thank-you word get one: src/sites/opt-in-matches.ts). Printed, not a bar: the popup still saves any page.
 */
function printReach(results: Result[]): void {
  const wanted = results.filter((r) => r.posting || r.confirmation);
  const by = (where: string) => wanted.filter((r) => pageScriptAt(r.url) === where);
  const none = by('none');
  console.log(
    `reach (opt-in on)      ${wanted.length} job, application and confirmation pages: ${by('site').length} by their site's script, ${by('all-sites').length} by the all-sites script, ${none.length} by none${none.length ? ` (${none.map((r) => r.file).join(', ')})` : ''}`,
  );
}

async function main(): Promise<void> {
  const missing = CORPUS_DIRS.filter((dir) => !existsSync(path.join(dir, 'MANIFEST.tsv')));
  if (missing.length) {
    console.log(`eval:detect: ${missing.map((d) => `../shared/${path.basename(d)}`).join(' and ')} not found, skipping the detection evaluation`);
    return;
  }
  const started = performance.now();
  const results: Result[] = [];
  for (const dir of CORPUS_DIRS) for (const row of readManifest(dir)) results.push(await evaluate(dir, row));
  printTable(results);
  const summary = { ...summarise(results), seconds: Number(((performance.now() - started) / 1000).toFixed(2)) };
  const corpora = Object.fromEntries(
    CORPUS_DIRS.map((dir) => path.basename(dir)).map((name) => [name, summarise(results.filter((r) => r.corpus === name))]),
  );
  console.log('');
  for (const [name, s] of Object.entries(corpora)) printSummary(name, s);
  printSummary('combined (one set)', summary);
  printReach(results);
  console.log(`${summary.seconds}s`);
  mkdirSync('artifacts', { recursive: true });
  writeFileSync(path.join('artifacts', 'eval-detect.json'), `${JSON.stringify({ ...summary, corpora }, null, 2)}\n`);
  const failures = [
    summary.precision < BARS.precision && 'precision',
    summary.recall < BARS.recall && 'recall',
    summary.confirmationFalsePositives > 0 && 'confirmation false positives',
    summary.title.rate < BARS.title && 'title',
    summary.company.rate < BARS.company && 'company',
    summary.location.rate < BARS.location && 'location',
  ].filter(Boolean);
  if (failures.length) {
    console.error(`eval:detect: below the bar for ${failures.join(', ')}`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(`eval:detect: ${(error as Error).message ?? String(error)}`);
  process.exitCode = 1;
});
