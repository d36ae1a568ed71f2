import { describe, expect, it } from 'vitest';
import { clearMatch, matchReply, titleAgreement, type MatchableApplication } from '../../../../src/core/reply/match';

const app = (id: string, company: string, title: string, extra: Partial<MatchableApplication> = {}): MatchableApplication => ({
  id,
  company,
  title,
  jobId: '',
  stage: 'applied',
  ...extra,
});

describe('matchReply', () => {
  const pipeline = [
    app('acme-design', 'ACME Inc.', 'Senior Product Designer'),
    app('acme-eng', 'Acme', 'Staff Software Engineer'),
    app('globex', 'Globex Corporation', 'Product Designer'),
    app('closed', 'Initech', 'Analyst', { stage: 'rejected' }),
  ];

  it('matches by normalised company, and the title decides between two jobs there', () => {
    const candidates = matchReply({ label: 'rejection', company: 'Acme Hiring Team', jobTitle: 'Senior Product Designer', jobId: '' }, '', pipeline);
    expect(candidates.map((c) => c.applicationId)).toEqual(['acme-design']);
    expect(clearMatch(candidates)?.applicationId).toBe('acme-design');
  });

  it('lets the person pick when two applications fit equally', () => {
    const candidates = matchReply({ label: 'rejection', company: 'Acme', jobTitle: '', jobId: '' }, '', pipeline);
    expect(candidates).toHaveLength(2);
    expect(clearMatch(candidates)).toBeNull();
  });

  it('requires seniority to agree', () => {
    const candidates = matchReply({ label: 'interview', company: 'Acme', jobTitle: 'Senior Software Engineer', jobId: '' }, '', pipeline);
    expect(candidates.find((c) => c.applicationId === 'acme-eng')).toBeUndefined();
    expect(titleAgreement('Senior Engineer', 'Staff Engineer')).toBe(-1);
    expect(titleAgreement('Product Designer', 'Senior Product Designer')).toBe(1);
  });

  it('matches a job id alone, and a sender seen before adds to the score', () => {
    const withId = [app('w', 'Northwind', 'Data Engineer', { jobId: 'JR12345' }), app('v', 'Vandelay', 'Importer', { senders: ['jobs@vandelay.com'] })];
    expect(matchReply({ label: 'acknowledgement', company: '', jobTitle: '', jobId: 'jr12345' }, '', withId)[0]?.applicationId).toBe('w');
    const seen = matchReply({ label: 'rejection', company: 'Vandelay Industries', jobTitle: '', jobId: '' }, 'Jobs@Vandelay.com', withId);
    expect(seen[0]?.reasons).toContain('sender seen before');
  });

  it('matches a rejection only to an application still open, and nothing without company or id', () => {
    expect(matchReply({ label: 'rejection', company: 'Initech', jobTitle: 'Analyst', jobId: '' }, '', pipeline)).toEqual([]);
    expect(matchReply({ label: 'acknowledgement', company: 'Initech', jobTitle: 'Analyst', jobId: '' }, '', pipeline)).toHaveLength(1);
    expect(matchReply({ label: 'rejection', company: '', jobTitle: 'Product Designer', jobId: '' }, '', pipeline)).toEqual([]);
  });
});
