import { describe, expect, it } from 'vitest';
import { initialSubmission, stepSubmission, SUBMIT_WINDOW_MS, type SubmissionInput, type SubmissionState } from '../../../src/agent/submission';

function play(inputs: SubmissionInput[], state: SubmissionState = initialSubmission()) {
  const actions: string[] = [];
  for (const input of inputs) {
    const next = stepSubmission(state, input);
    state = next.state;
    actions.push(next.action);
  }
  return { state, actions };
}

describe('submission state machine', () => {
  it('records a submit followed by a confirmation that appears', () => {
    const { actions } = play([
      { type: 'check', at: 0, confirmedNow: false },
      { type: 'submit', at: 1000, confirmedNow: false },
      { type: 'check', at: 1200, confirmedNow: false },
      { type: 'check', at: 1500, confirmedNow: true },
      { type: 'check', at: 1700, confirmedNow: true },
    ]);
    expect(actions).toEqual(['none', 'none', 'none', 'record', 'none']);
  });

  it('only asks when a confirmation shows without a submit', () => {
    expect(play([{ type: 'check', at: 0, confirmedNow: true }]).actions).toEqual(['ask']);
  });

  it('says nothing while no confirmation is visible, submit or not', () => {
    const { actions } = play([
      { type: 'submit', at: 0, confirmedNow: false },
      { type: 'check', at: 10, confirmedNow: false },
      { type: 'check', at: 20, confirmedNow: false },
    ]);
    expect(actions.every((a) => a === 'none')).toBe(true);
  });

  it('ignores a confirmation that was already showing when the submit happened', () => {
    const { actions } = play([
      { type: 'submit', at: 100, confirmedNow: true },
      { type: 'check', at: 200, confirmedNow: true },
    ]);
    expect(actions).toEqual(['none', 'none']);
  });

  it('counts a submit remembered from the previous page (confirmation route on a new page)', () => {
    const { actions } = play([
      { type: 'recalled', submittedAt: 5000, recordedAt: null },
      { type: 'check', at: 6000, confirmedNow: true },
    ]);
    expect(actions).toEqual(['none', 'record']);
  });

  it('treats a stale submit as no submit', () => {
    const { actions } = play([
      { type: 'submit', at: 0, confirmedNow: false },
      { type: 'check', at: SUBMIT_WINDOW_MS + 1, confirmedNow: true },
    ]);
    expect(actions).toEqual(['none', 'ask']);
  });

  it('stays quiet about a job already recorded (a reload of the thank-you page)', () => {
    const { actions } = play([
      { type: 'recalled', submittedAt: 5000, recordedAt: 6000 },
      { type: 'check', at: 7000, confirmedNow: true },
    ]);
    expect(actions).toEqual(['none', 'none']);
  });

  it('acts once per run even if the confirmation flickers', () => {
    const { actions } = play([
      { type: 'submit', at: 0, confirmedNow: false },
      { type: 'check', at: 10, confirmedNow: true },
      { type: 'check', at: 20, confirmedNow: false },
      { type: 'check', at: 30, confirmedNow: true },
    ]);
    expect(actions).toEqual(['none', 'record', 'none', 'none']);
  });
});
