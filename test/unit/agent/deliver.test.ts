import { describe, expect, it } from 'vitest';
import { CaptureOutbox, deliverWithRetry, type DeliverDeps } from '../../../src/agent/deliver';
import type { ErrorCode, Reply, Request } from '../../../src/shared/messages';

type SaveRequest = Extract<Request, { type: 'capture/save' }>;

const request: SaveRequest = {
  type: 'capture/save',
  stage: 'applied',
  trigger: 'submission',
  draft: { title: 'T', company: 'C', location: '', salary: '', employmentType: '', workMode: null, board: 'lever', jobId: 'x1', url: 'https://jobs.lever.co/acme/x1', description: '' },
};
const ack = { applicationId: 'a1', created: true, stage: 'applied' as const, undoToken: '00000000-0000-4000-8000-000000000000' };

/** A fake background: answers from a script of outcomes, and a clock that only records waits. */
function fake(outcomes: Array<'throw' | 'undefined' | 'ok' | { code: ErrorCode; error: string }>) {
  const waits: number[] = [];
  let calls = 0;
  const deps: DeliverDeps = {
    async send() {
      const outcome = outcomes[Math.min(calls++, outcomes.length - 1)];
      if (outcome === 'throw') throw new Error('Could not establish connection. Receiving end does not exist.');
      if (outcome === 'undefined') return { ok: false, code: 'no-answer', error: 'Rebound did not answer. Please try again.' } as Reply<'capture/save'>;
      if (outcome === 'ok') return { ok: true, value: ack };
      return { ok: false, ...outcome! };
    },
    async sleep(ms) {
      waits.push(ms);
    },
  };
  return { deps, waits, calls: () => calls };
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
    const [first, second] = await Promise.all([outbox.deliver(request), outbox.deliver(request)]);
    const third = await outbox.deliver({ ...request, draft: { ...request.draft, url: 'https://jobs.lever.co/acme/x1/thanks' } });
    expect([first, second, third]).toEqual([{ ok: true, ack }, { ok: true, ack }, { ok: true, ack }]);
    expect(f.calls()).toBe(1);
  });

  it('sends a different job or stage separately', async () => {
    const f = fake(['ok']);
    const outbox = new CaptureOutbox(f.deps);
    await outbox.deliver(request);
    await outbox.deliver({ ...request, stage: 'saved', trigger: 'posting' });
    await outbox.deliver({ ...request, draft: { ...request.draft, jobId: 'x2' } });
    expect(f.calls()).toBe(3);
  });
});
