import { describe, expect, it } from 'vitest';
import type { Application, Stage } from '../../../src/core/types';
import { boardsIn, filterApplications, NO_FILTERS } from '../../../src/options/filter';

function app(id: number, fields: Partial<Application> = {}): Application {
  return {
    id: `a${id}`,
    title: 'Designer',
    company: 'Acme',
    location: 'Berlin',
    workMode: null,
    salary: '',
    employmentType: '',
    board: 'lever',
    jobId: '',
    postingUrl: '',
    canonicalUrl: '',
    jobKey: '',
    description: '',
    stage: 'saved',
    savedAt: 0,
    appliedAt: null,
    notes: '',
    createdAt: 0,
    updatedAt: id,
    ...fields,
  };
}

const apps = [
  app(1, { title: 'Senior Product Designer', company: 'Northwind', stage: 'interviewing', board: 'greenhouse' }),
  app(2, { title: 'Data Analyst', company: 'Fable', location: 'Remote', stage: 'applied' }),
  app(3, { title: 'Engineer', company: 'Kite', notes: 'Referred by Sam', stage: 'rejected' }),
  app(4, { title: 'UX Researcher', company: 'Lumen', location: 'Amsterdam', stage: 'saved', board: 'greenhouse' }),
];

const ids = (list: Application[]) => list.map((a) => a.id);

describe('filterApplications', () => {
  it('returns everything without filters, in the given order', () => {
    expect(ids(filterApplications(apps, NO_FILTERS))).toEqual(['a1', 'a2', 'a3', 'a4']);
  });

  it('matches every typed word across title, company, location and notes, ignoring case', () => {
    expect(ids(filterApplications(apps, { ...NO_FILTERS, text: 'designer north' }))).toEqual(['a1']);
    expect(ids(filterApplications(apps, { ...NO_FILTERS, text: 'REMOTE' }))).toEqual(['a2']);
    expect(ids(filterApplications(apps, { ...NO_FILTERS, text: 'sam' }))).toEqual(['a3']);
    expect(ids(filterApplications(apps, { ...NO_FILTERS, text: 'amsterdam' }))).toEqual(['a4']);
    expect(filterApplications(apps, { ...NO_FILTERS, text: 'designer fable' })).toEqual([]);
  });

  it('filters by stage, by "in flight", and by board', () => {
    expect(ids(filterApplications(apps, { ...NO_FILTERS, stage: 'rejected' }))).toEqual(['a3']);
    expect(ids(filterApplications(apps, { ...NO_FILTERS, stage: 'in_flight' }))).toEqual(['a1', 'a2']);
    expect(ids(filterApplications(apps, { ...NO_FILTERS, board: 'greenhouse' }))).toEqual(['a1', 'a4']);
    expect(ids(filterApplications(apps, { text: 'ux', stage: 'saved', board: 'greenhouse' }))).toEqual(['a4']);
  });

  it('lists the boards in use', () => {
    expect(boardsIn(apps)).toEqual(['greenhouse', 'lever']);
  });

  it('keeps up with typing on 10,000 applications', () => {
    const stages: Stage[] = ['saved', 'applied', 'interviewing', 'rejected'];
    const many = Array.from({ length: 10_000 }, (_, i) =>
      app(i, { title: `Role ${i}`, company: `Company ${i % 500}`, notes: i % 7 ? '' : 'follow up', stage: stages[i % 4] }),
    );
    filterApplications(many, { ...NO_FILTERS, text: 'warm' }); // builds the search text once
    const started = performance.now();
    for (const text of ['c', 'co', 'com', 'company 4', 'company 42', 'follow']) {
      filterApplications(many, { ...NO_FILTERS, text, stage: 'in_flight' });
    }
    expect((performance.now() - started) / 6).toBeLessThan(25);
    expect(filterApplications(many, { ...NO_FILTERS, text: 'role 1234' }).map((a) => a.title)).toEqual(['Role 1234']);
  });
});
