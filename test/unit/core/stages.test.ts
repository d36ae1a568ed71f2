import { describe, expect, it } from 'vitest';
import { appliedAtAfter, isInFlight, stageAfterAutoApply, STAGE_LABELS } from '../../../src/core/stages';
import { STAGES } from '../../../src/core/types';

describe('stage rules', () => {
  it('labels every stage', () => {
    for (const stage of STAGES) expect(STAGE_LABELS[stage]).toMatch(/\w/);
  });

  it('counts only live applications as in flight', () => {
    expect(STAGES.filter(isInFlight)).toEqual(['applied', 'screening', 'interviewing', 'offer']);
  });

  it('sets the applied date when an application first moves past saved, and keeps it after', () => {
    expect(appliedAtAfter('applied', null, 100)).toBe(100);
    expect(appliedAtAfter('interviewing', null, 100)).toBe(100);
    expect(appliedAtAfter('rejected', 50, 100)).toBe(50);
    expect(appliedAtAfter('withdrawn', null, 100)).toBeNull();
    expect(appliedAtAfter('saved', 50, 100)).toBeNull();
  });

  it('never lets automatic capture pull an application backwards', () => {
    expect(stageAfterAutoApply('saved')).toBe('applied');
    expect(stageAfterAutoApply('interviewing')).toBe('interviewing');
    expect(stageAfterAutoApply('rejected')).toBe('rejected');
  });
});
