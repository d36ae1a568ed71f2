/**
 * Work on every page: the main-thread time spent in the extension's scripts while a page loads,
 * measured with the DevTools protocol's tracing (script compile, evaluation and every callback whose
 * script is the extension's), and the long tasks (over 50 ms) that contain any of it.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread time: the part of `dur` the thread actually ran. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; scriptName?: string; message?: string }; fileName?: string };
}

export interface PageCost {
  /** Milliseconds of main-thread work in extension scripts on this load (wall-clock). */
  extensionMs: number;
  /**
   * The same work's thread time: on a busy two-core machine the operating system sometimes gives the
   * main thread's core to another process in the middle of the script, which wall-clock counts.
   */
  cpuMs: number;
  /** Long tasks (> 50 ms) that include extension work, and their total duration. */
  longTasks: number;
  longTaskMs: number;
  /** Milliseconds per trace event name (nested events counted in each): where the work goes. */
  byEvent: Record<string, number>;
}

const SCRIPT_EVENTS = new Set([
  'EvaluateScript',
  'FunctionCall',
  'v8.compile',
  'v8.run',
  'v8.compileModule',
  'v8.evaluateModule',
]);

export async function readStream(session: CDPSession, handle: string): Promise<string> {
  let out = '';
  for (;;) {
    const chunk = (await session.send('IO.read', { handle })) as {
      data: string;
      eof: boolean;
      base64Encoded?: boolean;
    };
    out += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await session.send('IO.close', { handle });
  return out;
}

/** Merge overlapping intervals so nested events (a callback inside an evaluation) count once. */
function unionMs(intervals: [number, number][]): number {
  const sorted = intervals.sort((a, b) => a[0] - b[0]);
  let total = 0;
  let [start, end] = [Number.NaN, Number.NaN];
  for (const [s, e] of sorted) {
    if (Number.isNaN(start) || s > end) {
      if (!Number.isNaN(start)) total += end - start;
      [start, end] = [s, e];
    } else {
      end = Math.max(end, e);
    }
  }
  if (!Number.isNaN(start)) total += end - start;
  return total / 1000;
}

/** Thread time of the outermost events (a callback inside an evaluation counts once). */
function threadMs(events: TraceEvent[]): number {
  const sorted = [...events].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  let total = 0;
  let end = Number.NEGATIVE_INFINITY;
  for (const e of sorted) {
    if (e.ts < end) continue;
    total += e.tdur ?? e.dur ?? 0;
    end = e.ts + (e.dur ?? 0);
  }
  return total / 1000;
}

/**
 * `pageScripts` are the URLs of what the extension runs inside pages (the content script and the
 * agent). The trace covers the whole browser, including the extension's own service worker, whose
 * work is not the page's; matching on these URLs keeps only the page-side work.
 */
export function costFromTrace(events: TraceEvent[], pageScripts: ReadonlySet<string>): PageCost {
  const ours = events.filter((e) => {
    if (e.ph !== 'X' || !SCRIPT_EVENTS.has(e.name)) return false;
    const data = e.args?.data;
    const url =
      data?.url ?? data?.scriptName ?? (e.args as { fileName?: string } | undefined)?.fileName ?? '';
    return pageScripts.has(url);
  });
  const intervals = ours.map((e): [number, number] => [e.ts, e.ts + (e.dur ?? 0)]);
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && (e.dur ?? 0) > 50_000);
  const longOnes = tasks.filter((t) =>
    ours.some((o) => o.tid === t.tid && o.pid === t.pid && o.ts >= t.ts && o.ts <= t.ts + t.dur!),
  );
  if (process.env.BENCH_DEBUG) {
    for (const e of ours)
      console.log(
        '  ',
        e.name,
        ((e.args?.data?.url ?? e.args?.fileName ?? '') as string).slice(-30),
        (e.dur ?? 0) / 1000,
        (e.tdur ?? 0) / 1000,
      );
  }
  const byEvent: Record<string, number> = {};
  for (const e of ours) byEvent[e.name] = (byEvent[e.name] ?? 0) + (e.dur ?? 0) / 1000;
  return {
    extensionMs: unionMs(intervals),
    byEvent,
    cpuMs: threadMs(ours),
    longTasks: longOnes.length,
    longTaskMs: longOnes.reduce((sum, t) => sum + t.dur! / 1000, 0),
  };
}

/** Marks each load's start in the trace; the events up to the next mark are that load's. */
const MARK = 'rebound-bench-load-';

/**
 * Load `url` `loads` times, each in a fresh tab, under one trace, and measure each load. Each tab waits
 * for the page to settle (document_idle scripts and the agent they may load run shortly after `load`)
 * and is closed before the trace ends: an open real page sometimes held `Tracing.end` for 5 seconds.
 *
 * Each load's mark is written from the control tab, which lives until the trace ends: a mark written
 * in the new tab went with that tab's first renderer when the page swapped process, and a run lost
 * one now and then. A trace that still lacks a mark is measured again, up to `attempts` times in all;
 * then the page is given up (null) for the caller to count, and the run goes on.
 */
export async function measurePageCosts(
  context: BrowserContext,
  url: string,
  pageScripts: ReadonlySet<string>,
  loads: number,
  attempts = 3,
): Promise<Remeasured<PageCost[]> | null> {
  return untilComplete(() => traceLoads(context, url, pageScripts, loads), attempts);
}

export interface Remeasured<T> {
  value: T;
  /** How many incomplete measurements came before this one. */
  remeasured: number;
}

/** Run `measure` until it gives a complete result (not null), at most `attempts` times; null if never. */
export async function untilComplete<T>(measure: () => Promise<T | null>, attempts: number): Promise<Remeasured<T> | null> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    const value = await measure();
    if (value !== null) return { value, remeasured: attempt };
  }
  return null;
}

async function traceLoads(
  context: BrowserContext,
  url: string,
  pageScripts: ReadonlySet<string>,
  loads: number,
): Promise<PageCost[] | null> {
  const control: Page = await context.newPage();
  const session = await context.newCDPSession(control);
  await session.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    // devtools.timeline has EvaluateScript (compile and run) and FunctionCall; toplevel has the tasks.
    traceConfig: { includedCategories: ['devtools.timeline', 'toplevel'] },
  });
  for (let i = 0; i < loads; i++) {
    await control.evaluate((mark) => console.timeStamp(mark), `${MARK}${i}`);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' }).catch(() => undefined);
    // The agent arrives within about 100 ms of the page script's question (sent at document_idle).
    await page.waitForTimeout(250);
    await page.close();
  }
  // Playwright's typings list only some protocol events; this one is real (Tracing.tracingComplete).
  const events = session as unknown as {
    once(name: string, listener: (event: { stream: string }) => void): void;
  };
  const complete = new Promise<{ stream: string }>((resolve) =>
    events.once('Tracing.tracingComplete', resolve),
  );
  await session.send('Tracing.end');
  const { stream } = await complete;
  const parsed = JSON.parse(await readStream(session, stream)) as
    { traceEvents: TraceEvent[] } | TraceEvent[];
  await session.detach();
  await control.close();
  const trace = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const marks = trace
    .filter((e) => e.name === 'TimeStamp' && e.args?.data?.message?.startsWith(MARK))
    .map((e) => e.ts)
    .sort((a, b) => a - b);
  if (marks.length !== loads) return null;
  return marks.map((start, i) => {
    const end = marks[i + 1] ?? Number.POSITIVE_INFINITY;
    return costFromTrace(
      trace.filter((e) => e.ts >= start && e.ts < end),
      pageScripts,
    );
  });
}
