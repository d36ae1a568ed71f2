/**
 * The worst time per hostile page: the fuzz test's inputs (test/unit/extract/hostile-inputs.ts), read by
 * the same extraction the agent runs, in happy-dom under Node. The test asserts safety; how long the
 * slowest input took is a figure here, never an assertion.
 */
import fc from 'fast-check';
import { Window } from 'happy-dom';
import { detectPage } from '../../src/core/extract/index';
import { buildPage, hostileData, hostilePage } from '../../test/unit/extract/hostile-inputs';
import { summarise, type Summary } from './stats';

export interface HostileTimes {
  pages: number;
  perPageMs: Summary;
  worst: { ms: number; bytes: number };
}

export function measureHostilePages(count: number, seed = 12): HostileTimes {
  const window = new Window();
  const parser = new window.DOMParser() as unknown as DOMParser;
  const pages = [...fc.sample(hostilePage, { numRuns: Math.round(count / 10), seed }), ...fc.sample(hostileData, { numRuns: count, seed })];
  const times: number[] = [];
  let worst = { ms: 0, bytes: 0 };
  for (const page of pages) {
    const started = performance.now();
    detectPage(buildPage(parser, page), page.url);
    const ms = performance.now() - started;
    times.push(ms);
    if (ms > worst.ms) worst = { ms, bytes: page.body.length + page.title.length + page.jsonLd.reduce((n, s) => n + s.length, 0) };
  }
  void window.happyDOM.close();
  return { pages: pages.length, perPageMs: summarise(times), worst: { ms: Number(worst.ms.toFixed(1)), bytes: worst.bytes } };
}
