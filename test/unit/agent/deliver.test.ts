import { describe, expect, it, vi } from 'vitest';
import { CaptureOutbox, deliverWithRetry, type CaptureRequest, type DeliverDeps } from '../../../src/agent/deliver';
import type { ErrorCode, Reply, Request } from '../../../src/shared/messages';

type SaveRequest = Extract<Request, { type: 'capture/save' }>;

const capture: CaptureRequest = {
  type: 'capture/save',
  stage: 'applied',
  trigger: 'submission',
  draft: { title: 'T', company: 'C', location: '', salary: '', employmentType: '', workMode: null, board: 'lever', jobId: 'x1', url: 'https://jobs.lever.co/acme/x1', description: '' },
};
const request: SaveRequest = { ...capture, captureId: '11111111-1111-4111-8111-111111111111' };
const ack = { applicationId: 'a1', created: true, stage: 'applied' as const, undoToken: '00000000-0000-4000-8000-000000000000' };

/** A fake background: answers from a script of outcomes, and a clock that only records waits. */
function fake(outcomes: Array<'throw' | 'undefined' | 'ok' | { code: ErrorCode; error: string }>) {
  const waits: number[] = [];
  const log: string[] = [];
  let calls = 0;
  let ids = 0;
  const deps: DeliverDeps = {
    async send(sent) {
      log.push(`send ${sent.captureId}`);
      const outcome = outcomes[Math.min(calls++, outcomes.length - 1)];
      if (outcome === 'throw') throw new Error('Could not establish connection. Receiving end does not exist.');
      if (outcome === 'undefined') return { ok: false, code: 'no-answer', error: 'Rebound did not answer. Please try again.' } as Reply<'capture/save'>;
      if (outcome === 'ok') return { ok: true, value: ack };
      return { ok: false, ...outcome! };
    },
    async sleep(ms) {
      waits.push(ms);
    },
    async handOver(kept) {
      log.push(`hand over ${kept.captureId}`);
    },
    newId: () => `id-${++ids}`,
  };
  return { deps, waits, log, calls: () => calls };
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
  it('hands each capture to the outbox as it sends it, and every retry carries the same id', async () => {
    const f = fake(['throw', { code: 'failed', error: 'busy' }, 'ok']);
    const outbox = new CaptureOutbox(f.deps);
    expect(await outbox.deliver(capture)).toEqual({ ok: true, ack });
    expect(f.log).toEqual(['hand over id-1', 'send id-1', 'send id-1', 'send id-1']);
  });

  it('asked again after a delivery that gave up, it is still the same capture (same id)', async () => {
    const f = fake([{ code: 'invalid', error: 'no' }, 'ok']);
    const outbox = new CaptureOutbox(f.deps);
    expect((await outbox.deliver(capture)).ok).toBe(false);
    expect((await outbox.deliver(capture)).ok).toBe(true);
    expect(f.log).toEqual(['hand over id-1', 'send id-1', 'hand over id-1', 'send id-1']);
  });

  it('sends without waiting for the hand-over (the storage write took longer than the whole save)', async () => {
    const f = fake(['ok']);
    let handedOver = () => {};
    f.deps.handOver = () => new Promise<void>((resolve) => (handedOver = resolve));
    const delivered = new CaptureOutbox(f.deps).deliver(capture);
    await vi.waitFor(() => expect(f.calls()).toBe(1));
    expect(await delivered).toEqual({ ok: true, ack });
    handedOver();
  });

  it('still sends when the outbox cannot be written (storage full)', async () => {
    const f = fake(['ok']);
    f.deps.handOver = async () => {
      throw new Error('QUOTA_BYTES quota exceeded');
    };
    expect(await new CaptureOutbox(f.deps).deliver(capture)).toEqual({ ok: true, ack });
  });
});
