/**
 * Work on every page: the main-thread time spent in the extension's scripts while a page loads,
 * measured with the DevTools protocol's tracing (script compile, evaluation and every callback whose
 * script is the extension's), and the long tasks (over 50 ms) that contain any of it.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; scriptName?: string }; fileName?: string };
}

export interface PageCost {
  /** Milliseconds of main-thread work in extension scripts on this load. */
  extensionMs: number;
  /** Long tasks (> 50 ms) that include extension work, and their total duration. */
  longTasks: number;
  longTaskMs: number;
}

const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile', 'v8.run', 'v8.compileModule', 'v8.evaluateModule']);

async function readStream(session: CDPSession, handle: string): Promise<string> {
  let out = '';
  for (;;) {
    const chunk = (await session.send('IO.read', { handle })) as { data: string; eof: boolean; base64Encoded?: boolean };
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

/**
 * `pageScripts` are the URLs of what the extension runs inside pages (the content script and the
 * agent). The trace covers the whole browser, including the extension's own service worker, whose
 * work is not the page's; matching on these URLs keeps only the page-side work.
 */
export function costFromTrace(events: TraceEvent[], pageScripts: ReadonlySet<string>): PageCost {
  const ours = events.filter((e) => {
    if (e.ph !== 'X' || !SCRIPT_EVENTS.has(e.name)) return false;
    const data = e.args?.data;
    const url = data?.url ?? data?.scriptName ?? (e.args as { fileName?: string } | undefined)?.fileName ?? '';
    return pageScripts.has(url);
  });
  const intervals = ours.map((e): [number, number] => [e.ts, e.ts + (e.dur ?? 0)]);
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && (e.dur ?? 0) > 50_000);
  const longOnes = tasks.filter((t) => ours.some((o) => o.tid === t.tid && o.pid === t.pid && o.ts >= t.ts && o.ts <= t.ts + t.dur!));
  if (process.env.BENCH_DEBUG) {
    for (const e of ours) console.log('  ', e.name, ((e.args?.data?.url ?? e.args?.fileName ?? '') as string).slice(-30), (e.dur ?? 0) / 1000);
  }
  return {
    extensionMs: unionMs(intervals),
    longTasks: longOnes.length,
    longTaskMs: longOnes.reduce((sum, t) => sum + t.dur! / 1000, 0),
  };
}

/** Load `url` in a fresh tab with tracing on, wait for the page to settle, and measure. */
export async function measurePageCost(context: BrowserContext, url: string, pageScripts: ReadonlySet<string>): Promise<PageCost> {
  const page: Page = await context.newPage();
  const session = await context.newCDPSession(page);
  await session.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { includedCategories: ['devtools.timeline', 'v8', 'toplevel'] },
  });
  await page.goto(url, { waitUntil: 'load' }).catch(() => undefined);
  // document_idle content scripts and the agent they may load run shortly after load.
  await page.waitForTimeout(400);
  // Playwright's typings list only some protocol events; this one is real (Tracing.tracingComplete).
  const events = session as unknown as { once(name: string, listener: (event: { stream: string }) => void): void };
  const complete = new Promise<{ stream: string }>((resolve) => events.once('Tracing.tracingComplete', resolve));
  await session.send('Tracing.end');
  const { stream } = await complete;
  const trace = JSON.parse(await readStream(session, stream)) as { traceEvents: TraceEvent[] } | TraceEvent[];
  await session.detach();
  await page.close();
  return costFromTrace(Array.isArray(trace) ? trace : trace.traceEvents, pageScripts);
}
