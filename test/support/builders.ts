/**
 * The one builder for the records tests make: a job draft (what a page yields) and a stored
 * application. Defaults read as a real job; anything a test cares about it says in `overrides`.
 * Deterministic: a fresh job or id comes from a counter, never from Math.random, so a failing run
 * can be repeated exactly.
 */
import type { Application, JobDraft } from '../../src/core/types';

let sequence = 0;
/** The next number of this test file's run (each file gets its own module, so its own count). */
export function nextNumber(): number {
  return ++sequence;
}

/** The same job every call (Backend Engineer at Acme, Greenhouse #123): for dedupe and store tests. */
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

/** Another job each call (Product Designer at Acme, a new Greenhouse id): for screens that list several. */
export function newDraft(overrides: Partial<JobDraft> = {}): JobDraft {
  const id = String(4_000_000 + nextNumber());
  return draft({
    title: 'Product Designer',
    description: 'Design things.',
    jobId: id,
    url: `https://boards.greenhouse.io/acme/jobs/${id}`,
    ...overrides,
  });
}

/** A stored application, saved `savedAt` (default: 1 March 2026) and not yet applied to. */
export function application(overrides: Partial<Application> = {}): Application {
  const n = nextNumber();
  const at = overrides.savedAt ?? Date.UTC(2026, 2, 1);
  return {
    id: `app-${n}`,
    title: `Role ${n}`,
    company: `Company ${n}`,
    location: '',
    workMode: null,
    salary: '',
    employmentType: '',
    board: 'web',
    jobId: '',
    postingUrl: `https://example.com/jobs/${n}`,
    canonicalUrl: `https://example.com/jobs/${n}`,
    jobKey: '',
    description: '',
    stage: 'saved',
    savedAt: at,
    appliedAt: null,
    notes: '',
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}
