import { describe, expect, it } from 'vitest';
import { CaptureOutbox, deliverWithRetry, HAND_OVER_AFTER_MS, type CaptureRequest, type DeliverDeps } from '../../../src/agent/deliver';
import type { ErrorCode, Reply, Request } from '../../../src/shared/messages';

type SaveRequest = Extract<Request, { type: 'capture/save' }>;

const capture: CaptureRequest = {
  type: 'capture/save',
  stage: 'applied',
  trigger: 'submission',
  draft: { title: 'T', company: 'C', location: '', salary: '', employmentType: '', workMode: null, board: 'lever', jobId: 'x1', url: 'https://jobs.lever.co/acme/x1', description: '' },
};
const request: SaveRequest = { ...capture, captureId: '11111111-1111-4111-8111-111111111111' };
const BACKOFF_FIRST = 250;
const ack = { applicationId: 'a1', created: true, stage: 'applied' as const, undoToken: '00000000-0000-4000-8000-000000000000' };

type Outcome = 'throw' | 'undefined' | 'ok' | 'never' | { code: ErrorCode; error: string };

/**
 * A fake background: answers from a script of outcomes ('never': no answer at all). By default its
 * clock only records waits and the page never goes; `manual` keeps every wait pending until `elapse()`,
 * and the page goes when `leave()` is called.
 */
function fake(outcomes: Outcome[], { manual = false } = {}) {
  const waits: number[] = [];
  const pending: Array<() => void> = [];
  const log: string[] = [];
  let calls = 0;
  let ids = 0;
  const onLeave = new Set<() => void>();
  let left = false;
  const deps: DeliverDeps = {
    async send(sent) {
      log.push(`send ${sent.captureId}`);
      const outcome = outcomes[Math.min(calls++, outcomes.length - 1)];
      if (outcome === 'never') return new Promise<never>(() => {});
      if (outcome === 'throw') throw new Error('Could not establish connection. Receiving end does not exist.');
      if (outcome === 'undefined') return { ok: false, code: 'no-answer', error: 'Rebound did not answer. Please try again.' } as Reply<'capture/save'>;
      if (outcome === 'ok') return { ok: true, value: ack };
      return { ok: false, ...outcome! };
    },
    sleep(ms) {
      waits.push(ms);
      return manual ? new Promise<void>((resolve) => pending.push(resolve)) : Promise.resolve();
    },
    async handOver(kept) {
      log.push(`hand over ${kept.captureId}`);
    },
    onLeaving(then) {
      if (left) {
        then();
        return () => undefined;
      }
      onLeave.add(then);
      return () => onLeave.delete(then);
    },
    newId: () => `id-${++ids}`,
  };
  /** Let every wait under way end, and whatever follows them run. */
  const elapse = async () => {
    for (const resolve of pending.splice(0)) resolve();
    await flush();
  };
  const leave = async () => {
    left = true;
    for (const then of [...onLeave]) then();
    await flush();
  };
  return { deps, waits, log, calls: () => calls, elapse, leave };
}

/** Let the promise chains already under way run to their end (they wait on no timer: the clock is manual). */
async function flush(): Promise<void> {
  for (let turn = 0; turn < 20; turn++) await Promise.resolve();
}

describe('deliverWithRetry', () => {
  it('retries with growing waits until the sleeping worker answers', async () => {
    const f = fake(['throw', 'throw', 'undefined', 'ok']);
    const result = await deliverWithRetry(request, f.deps);
    expect(result).toEqual({ ok: true, ack });
    expect(f.calls()).toBe(4);
    expect(f.waits).toEqual([250, 500, 1000]);
  });

  it('stops at once on a final code, whatever the sentence says', async () => {
    for (const code of ['invalid', 'forbidden'] as const) {
      const f = fake([{ code, error: 'Some new wording nobody matched against.' }]);
      const result = await deliverWithRetry(request, f.deps);
      expect(result.ok).toBe(false);
      expect(f.calls()).toBe(1);
    }
  });

  it('retries a failure that may pass, even when its sentence sounds final', async () => {
    const f = fake([{ code: 'failed', error: 'The message was not understood by the store: not allowed right now.' }, 'ok']);
    const result = await deliverWithRetry(request, f.deps);
    expect(result).toEqual({ ok: true, ack });
    expect(f.calls()).toBe(2);
  });

  it('gives up after the last backoff step', async () => {
    const f = fake(['throw']);
    const result = await deliverWithRetry(request, f.deps, [1, 2, 3]);
    expect(result.ok).toBe(false);
    expect(f.calls()).toBe(4);
  });
});

describe('CaptureOutbox', () => {
  it('never sends an acknowledged capture twice', async () => {
    const f = fake(['ok']);
    const outbox = new CaptureOutbox(f.deps);
    const [first, second] = await Promise.all([outbox.deliver(capture), outbox.deliver(capture)]);
    const third = await outbox.deliver({ ...capture, draft: { ...capture.draft, url: 'https://jobs.lever.co/acme/x1/thanks' } });
    expect([first, second, third]).toEqual([{ ok: true, ack }, { ok: true, ack }, { ok: true, ack }]);
    expect(f.calls()).toBe(1);
  });

  it('sends a different job or stage separately', async () => {
    const f = fake(['ok']);
    const outbox = new CaptureOutbox(f.deps);
    await outbox.deliver(capture);
    await outbox.deliver({ ...capture, stage: 'saved', trigger: 'posting' });
    await outbox.deliver({ ...capture, draft: { ...capture.draft, jobId: 'x2' } });
    expect(f.calls()).toBe(3);
  });
});

describe('capture ids and the hand-over', () => {
  it('never hands over a capture the background answered (that storage write costs more than the save)', async () => {
    const f = fake(['ok'], { manual: true });
    expect(await new CaptureOutbox(f.deps).deliver(capture)).toEqual({ ok: true, ack });
    await f.elapse();
    await f.leave();
    expect(f.log).toEqual(['send id-1']);
  });

  it('hands over a capture still unanswered when its first retry is due, once, and every retry carries its id', async () => {
    const f = fake(['throw', { code: 'failed', error: 'busy' }, 'ok'], { manual: true });
    const delivered = new CaptureOutbox(f.deps).deliver(capture);
    await flush();
    expect(f.log).toEqual(['send id-1']);
    expect(f.waits).toEqual([HAND_OVER_AFTER_MS, BACKOFF_FIRST]);
    while (f.calls() < 3) await f.elapse();
    expect(await delivered).toEqual({ ok: true, ack });
    await f.leave();
    expect(f.log.filter((line) => line.startsWith('hand over'))).toEqual(['hand over id-1']);
    expect(f.log.filter((line) => line.startsWith('send'))).toEqual(['send id-1', 'send id-1', 'send id-1']);
  });

  it('hands over at once a capture still unanswered when the page starts to go', async () => {
    const f = fake(['never'], { manual: true });
    void new CaptureOutbox(f.deps).deliver(capture);
    await flush();
    expect(f.log).toEqual(['send id-1']);
    await f.leave();
    expect(f.log).toEqual(['send id-1', 'hand over id-1']);
  });

  it('asked again after a delivery that gave up, it is still the same capture (same id)', async () => {
    const f = fake([{ code: 'invalid', error: 'no' }, 'ok']);
    const outbox = new CaptureOutbox(f.deps);
    expect((await outbox.deliver(capture)).ok).toBe(false);
    expect((await outbox.deliver(capture)).ok).toBe(true);
    expect(f.log.filter((line) => line.startsWith('send'))).toEqual(['send id-1', 'send id-1']);
  });

  it('on a page hidden already, hands over at once; sending waits for no hand-over, and goes on when storage refuses (full)', async () => {
    const stuck = () => new Promise<void>(() => {});
    const full = () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
    // What the agent's async hand-over gives when the extension context is gone.
    const gone = async () => {
      throw new Error('Extension context invalidated.');
    };
    for (const handOver of [stuck, full, gone]) {
      const f = fake(['throw', 'ok']);
      f.deps.handOver = (kept) => (f.log.push(`hand over ${kept.captureId}`), handOver());
      await f.leave();
      expect(await new CaptureOutbox(f.deps).deliver(capture)).toEqual({ ok: true, ack });
      expect(f.log).toEqual(['hand over id-1', 'send id-1', 'send id-1']);
      expect(f.calls()).toBe(2);
    }
  });
});
