import { describe, expect, it } from 'vitest';
import { mergeDrafts, sameJob } from '../../../src/agent/same-job';
import type { JobDraft } from '../../../src/core/types';

const draft = (over: Partial<JobDraft>): JobDraft => ({
  title: '', company: '', location: '', salary: '', employmentType: '', workMode: null, board: 'web', jobId: '', url: 'https://example.com/', description: '', ...over,
});

describe('sameJob', () => {
  it('compares board and job id when both sides have them', () => {
    const posting = draft({ board: 'greenhouse', jobId: '123', url: 'https://job-boards.greenhouse.io/acme/jobs/123' });
    expect(sameJob(posting, { board: 'greenhouse', jobId: '123', url: 'https://job-boards.greenhouse.io/acme/jobs/123/confirmation' })).toBe(true);
    expect(sameJob(posting, { board: 'greenhouse', jobId: '999', url: 'https://job-boards.greenhouse.io/acme/jobs/999/confirmation' })).toBe(false);
  });

  it('matches an id-less step of the same board (Indeed smartapply)', () => {
    const posting = draft({ board: 'indeed', jobId: '0a1b2c3d4e5f6789', url: 'https://www.indeed.com/viewjob?jk=0a1b2c3d4e5f6789' });
    expect(sameJob(posting, { board: 'indeed', jobId: '', url: 'https://smartapply.indeed.com/beta/indeedapply/form/post-apply' })).toBe(true);
    expect(sameJob(posting, { board: 'lever', jobId: '', url: 'https://jobs.lever.co/x' })).toBe(false);
  });

  it('matches plain web pages by site, and tells two titled jobs apart', () => {
    const a = draft({ title: 'Senior Product Designer', url: 'https://careers.example.com/jobs/designer' });
    expect(sameJob(a, { board: 'web', jobId: '', url: 'https://careers.example.com/jobs/designer/thank-you' })).toBe(true);
    expect(sameJob(a, { board: 'web', jobId: '', url: 'https://other.example.org/thanks' })).toBe(false);
    expect(sameJob(a, { ...draft({ title: 'Accountant', url: 'https://careers.example.com/jobs/accountant' }) })).toBe(false);
  });
});

describe('mergeDrafts', () => {
  it('keeps what the posting said and fills gaps from the later page', () => {
    const posting = draft({ title: 'Product Designer', company: 'Acme', url: 'https://jobs.lever.co/acme/x', board: 'lever', jobId: 'x' });
    const thanks = draft({ title: 'Acme', location: 'Lisbon', url: 'https://jobs.lever.co/acme/x/thanks', board: 'lever', jobId: 'x' });
    expect(mergeDrafts(posting, thanks)).toMatchObject({ title: 'Product Designer', company: 'Acme', location: 'Lisbon', url: 'https://jobs.lever.co/acme/x' });
    expect(mergeDrafts(null, thanks)).toBe(thanks);
  });
});

describe('a step of an application flow', () => {
  const viewjob = draft({ title: 'Warehouse Robotics Technician', company: 'Acme Robotics', board: 'indeed', jobId: '0a1b2c3d4e5f6789', url: 'https://www.indeed.com/viewjob?jk=0a1b2c3d4e5f6789' });
  const review = draft({ title: 'Please review your application', board: 'indeed', jobId: '', url: 'https://smartapply.indeed.com/beta/indeedapply/form/review' });

  it('is the job remembered from the board, not another job named after the step', () => {
    expect(sameJob(viewjob, review)).toBe(true);
    expect(sameJob(viewjob, { ...review, title: 'Add your contact information' })).toBe(true);
    expect(sameJob(viewjob, { ...review, title: 'Forklift Driver' })).toBe(false);
  });

  it('never lends its heading as the title', () => {
    expect(mergeDrafts(viewjob, review)).toMatchObject({ title: 'Warehouse Robotics Technician', company: 'Acme Robotics', jobId: '0a1b2c3d4e5f6789' });
    expect(mergeDrafts(review, viewjob)).toMatchObject({ title: 'Warehouse Robotics Technician', company: 'Acme Robotics' });
  });
});
