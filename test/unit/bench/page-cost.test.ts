import { describe, expect, it } from 'vitest';
import { costFromTrace, untilComplete } from '../../../scripts/bench/page-cost';

const OURS = 'chrome-extension://abc/page/greenhouse.js';
const ours = new Set([OURS]);

/** A complete ('X') trace event in microseconds, as Chromium writes them. */
const event = (name: string, ts: number, dur: number, tdur: number, url = OURS, tid = 1) => ({
  name,
  ph: 'X',
  ts,
  dur,
  tdur,
  pid: 1,
  tid,
  args: { data: { url } },
});

describe('the benchmark reads page work from a trace', () => {
  it('counts nested events once, in wall-clock and in thread time', () => {
    const cost = costFromTrace(
      [
        event('EvaluateScript', 1000, 800, 600),
        event('v8.compile', 1000, 200, 200),
        event('v8.run', 1200, 600, 400),
        // A callback later in the same page, after the reply from the background.
        event('FunctionCall', 5000, 100, 90),
      ],
      ours,
    );
    expect(cost.extensionMs).toBeCloseTo(0.9);
    expect(cost.cpuMs).toBeCloseTo(0.69);
  });

  it('leaves out other scripts and the service worker', () => {
    const cost = costFromTrace(
      [
        event('EvaluateScript', 0, 500, 400, 'https://boards.greenhouse.io/app.js'),
        event('FunctionCall', 0, 300, 300, 'chrome-extension://abc/service-worker.js'),
      ],
      ours,
    );
    expect([cost.extensionMs, cost.cpuMs]).toEqual([0, 0]);
  });

  it('falls back to wall-clock where a trace has no thread time', () => {
    const { tdur: _, ...noThreadTime } = event('EvaluateScript', 0, 400, 0);
    expect(costFromTrace([noThreadTime], ours).cpuMs).toBeCloseTo(0.4);
  });

  it('counts a long task only when extension work ran inside it', () => {
    const task = (ts: number) => ({ name: 'RunTask', ph: 'X', ts, dur: 60_000, pid: 1, tid: 1 });
    const cost = costFromTrace([task(0), task(100_000), event('EvaluateScript', 10_000, 500, 500)], ours);
    expect([cost.longTasks, cost.longTaskMs]).toEqual([1, 60]);
  });
});

describe('a trace missing a load mark does not end the run', () => {
  it('is measured again, and given up (for the caller to count) after the last attempt', async () => {
    const results = [null, null, [1, 2, 3]];
    let calls = 0;
    expect(await untilComplete(async () => results[calls++] ?? null, 3)).toEqual({ value: [1, 2, 3], remeasured: 2 });
    calls = 0;
    expect(await untilComplete(async () => (calls++, null), 3)).toBeNull();
    expect(calls).toBe(3);
  });
});
