import type { JobDraft } from '../../../src/core/types';

/** A job draft with sensible defaults for store tests. */
export function draft(overrides: Partial<JobDraft> = {}): JobDraft {
  return {
    title: 'Backend Engineer',
    company: 'Acme',
    location: 'Berlin',
    salary: '',
    employmentType: 'Full-time',
    workMode: 'hybrid',
    board: 'greenhouse',
    jobId: '123',
    url: 'https://boards.greenhouse.io/acme/jobs/123',
    description: 'Build things.',
    ...overrides,
  };
}
