import { describe, expect, it } from 'vitest';
import { describeEvent, newestFirst, sourcePhrase } from '../../../src/options/application/timeline-text';

describe('timeline text', () => {
  it('says what happened in plain words', () => {
    const base = { applicationId: 'a', at: 1 };
    expect(describeEvent({ ...base, kind: 'captured', to: 'saved' })).toBe('Saved');
    expect(describeEvent({ ...base, kind: 'captured', detail: 'Saved again' })).toBe('Saved again');
    expect(describeEvent({ ...base, kind: 'applied', to: 'applied' })).toBe('Saved as applied');
    expect(describeEvent({ ...base, kind: 'applied', from: 'saved', to: 'applied' })).toBe('Marked as applied (was Saved)');
    expect(describeEvent({ ...base, kind: 'stage', from: 'applied', to: 'no_response' })).toBe(
      'Moved from Applied to No response',
    );
    expect(describeEvent({ ...base, kind: 'edit', detail: 'title' })).toBe('Edited job title');
    expect(describeEvent({ ...base, kind: 'edit', detail: 'notes, salary, postingUrl' })).toBe(
      'Edited notes, salary and posting link',
    );
    expect(sourcePhrase('auto')).toBe('automatically');
    expect(sourcePhrase(undefined)).toBe('');
  });

  it('says where it happened: one job found on one site and applied to on another', () => {
    const base = { applicationId: 'a', at: 1 };
    expect(describeEvent({ ...base, kind: 'captured', to: 'saved', site: 'linkedin' })).toBe('Saved from LinkedIn');
    expect(describeEvent({ ...base, kind: 'applied', from: 'saved', to: 'applied', site: 'greenhouse' })).toBe('Applied on Greenhouse (was Saved)');
    // Two records joined later ("Same job as…"): the one that went is named.
    expect(describeEvent({ ...base, kind: 'joined', detail: '“Robotics Engineer” at Acme, from Greenhouse' })).toBe('Joined with “Robotics Engineer” at Acme, from Greenhouse');
    expect(describeEvent({ ...base, kind: 'joined' })).toBe('Joined with another record of this job');
    expect(describeEvent({ ...base, kind: 'applied', to: 'applied', site: 'careers.acme.com' })).toBe('Applied on careers.acme.com');
    expect(describeEvent({ ...base, kind: 'captured', detail: 'Saved again', site: '<b>x</b>' })).toBe('Saved again');
  });

  it('orders newest first, later-written first at the same moment', () => {
    const events = [
      { id: 1, applicationId: 'a', at: 10, kind: 'captured' as const },
      { id: 3, applicationId: 'a', at: 20, kind: 'stage' as const },
      { id: 2, applicationId: 'a', at: 20, kind: 'edit' as const },
    ];
    expect(newestFirst(events).map((e) => e.id)).toEqual([3, 2, 1]);
  });

  it('tells a reply by email with its subject and the sentence it went by', () => {
    const reply = { label: 'rejection' as const, subject: 'Your application to Acme', from: 'Acme', date: 1, sentence: 'We chose another candidate.', link: '' };
    expect(describeEvent({ applicationId: 'a', at: 1, kind: 'reply', source: 'email', reply })).toBe(
      'Reply by email: a rejection — “Your application to Acme” — “We chose another candidate.”',
    );
    expect(sourcePhrase('email')).toBe('from an email you opened');
  });
});
