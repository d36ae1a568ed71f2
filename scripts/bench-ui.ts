/**
 * UI benchmark: popup and options page first render and a search keystroke at 0 / 1,000 / 10,000
 * applications, in real Chromium with dist/ (run `npm run build` first). Writes artifacts/bench-ui.json.
 *   npx tsx scripts/bench-ui.ts [--runs 7] [--sizes 0,1000,10000]
 */
import fs from 'node:fs';
import path from 'node:path';
import { launch } from '../test/support/chromium';
import { benchAtSize, formatTable, type SizeResult } from './lib/bench-ui';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const runs = Math.max(5, Number(arg('runs', '7')));
const sizes = arg('sizes', '0,1000,10000').split(',').map(Number);

const h = await launch();
const results: SizeResult[] = [];
try {
  for (const size of sizes) {
    process.stderr.write(`Measuring at ${size.toLocaleString('en')} applications…\n`);
    results.push(await benchAtSize(h, size, runs));
  }
} finally {
  await h.close();
}

console.log(`\nms, median (min–max) of ${runs} runs; first renders from navigation start\n`);
console.log(formatTable(results));
const out = path.resolve('artifacts/bench-ui.json');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(
  out,
  JSON.stringify({ date: new Date().toISOString(), runs, chromium: 'headless, dist/ loaded', results }, null, 2),
);
console.log(`\nWrote ${path.relative(process.cwd(), out)}`);
