import { describe, expect, it } from 'vitest';
import type { Application, Stage } from '../../../src/core/types';
import { application } from '../../support/builders';
import {
  boardsIn,
  dateRange,
  filterApplications,
  hasFilters,
  NO_FILTERS,
} from '../../../src/options/pipeline/filter';
import { dayStart } from '../../../src/core/days';

function app(id: number, fields: Partial<Application> = {}): Application {
  return application({ id: `a${id}`, title: 'Designer', company: 'Acme', location: 'Berlin', board: 'lever', savedAt: 0, updatedAt: id, ...fields });
}

const apps = [
  app(1, {
    title: 'Senior Product Designer',
    company: 'Northwind',
    stage: 'interviewing',
    board: 'greenhouse',
  }),
  app(2, { title: 'Data Analyst', company: 'Fable', location: 'Remote', stage: 'applied' }),
  app(3, { title: 'Engineer', company: 'Kite', notes: 'Referred by Sam', stage: 'rejected' }),
  app(4, {
    title: 'UX Researcher',
    company: 'Lumen',
    location: 'Amsterdam',
    stage: 'saved',
    board: 'greenhouse',
  }),
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
    expect(
      ids(filterApplications(apps, { ...NO_FILTERS, text: 'ux', stage: 'saved', board: 'greenhouse' })),
    ).toEqual(['a4']);
  });

  it('lists the boards in use', () => {
    expect(boardsIn(apps)).toEqual(['greenhouse', 'lever']);
  });

  // Its speed is measured by `npm run bench` (a search keystroke at 10,000), not timed here: a busy
  // 2-core machine made a timed assertion fail at random.
  it('finds the right rows among 10,000 applications as someone types', () => {
    const stages: Stage[] = ['saved', 'applied', 'interviewing', 'rejected'];
    const many = Array.from({ length: 10_000 }, (_, i) =>
      app(i, {
        title: `Role ${i}`,
        company: `Company ${i % 500}`,
        notes: i % 7 ? '' : 'follow up',
        stage: stages[i % 4],
      }),
    );
    // A plain oracle: in flight, and every typed word somewhere in the row's text.
    const oracle = (text: string) =>
      many.filter(
        (a) =>
          (a.stage === 'applied' || a.stage === 'interviewing') &&
          text
            .split(' ')
            .every((w) => `${a.title}\n${a.company}\n${a.location}\n${a.notes}`.toLowerCase().includes(w)),
      );
    for (const text of ['c', 'co', 'company 42', 'follow']) {
      const found = filterApplications(many, { ...NO_FILTERS, text, stage: 'in_flight' });
      expect(found.map((a) => a.id)).toEqual(oracle(text).map((a) => a.id));
    }
    expect(
      filterApplications(many, { ...NO_FILTERS, text: 'company 42', stage: 'in_flight' }).length,
    ).toBeLessThan(5000);
    expect(filterApplications(many, { ...NO_FILTERS, text: 'role 1234' }).map((a) => a.title)).toEqual([
      'Role 1234',
    ]);
  });
});

describe('date range', () => {
  /** Local time, as the date inputs mean it. */
  const at = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h).getTime();
  const dated = [
    app(10, { savedAt: at(2026, 3, 1), appliedAt: null, stage: 'saved' }),
    app(11, { savedAt: at(2026, 3, 2), appliedAt: at(2026, 3, 5, 0) }),
    app(12, { savedAt: at(2026, 3, 3), appliedAt: at(2026, 3, 10, 23) }),
    app(13, { savedAt: at(2026, 3, 4), appliedAt: at(2026, 3, 11, 0) }),
  ];

  it('includes both end days whole, by applied date, leaving out jobs not applied to', () => {
    const march5to10 = {
      ...NO_FILTERS,
      dateField: 'appliedAt' as const,
      from: '2026-03-05',
      to: '2026-03-10',
    };
    expect(ids(filterApplications(dated, march5to10))).toEqual(['a11', 'a12']);
    expect(hasFilters(march5to10)).toBe(true);
  });

  it('filters by saved date, with one open end', () => {
    expect(
      ids(filterApplications(dated, { ...NO_FILTERS, dateField: 'savedAt', from: '2026-03-03' })),
    ).toEqual(['a12', 'a13']);
    expect(ids(filterApplications(dated, { ...NO_FILTERS, dateField: 'savedAt', to: '2026-03-01' }))).toEqual(
      ['a10'],
    );
  });

  it('reads a reversed range the right way round and ignores dates that do not exist', () => {
    const reversed = { ...NO_FILTERS, dateField: 'savedAt' as const, from: '2026-03-03', to: '2026-03-02' };
    expect(ids(filterApplications(dated, reversed))).toEqual(['a11', 'a12']);
    expect(dayStart('2026-02-30')).toBeNull();
    expect(dateRange({ from: 'soon', to: '' })).toBeNull();
    expect(hasFilters({ ...NO_FILTERS, from: 'soon' })).toBe(false);
  });

  it('combines with text, stage and board', () => {
    const withText = [
      ...dated,
      app(14, { title: 'Staff Engineer', savedAt: at(2026, 3, 2), appliedAt: at(2026, 3, 6) }),
    ];
    const filters = { ...NO_FILTERS, text: 'staff', from: '2026-03-01', to: '2026-03-31' };
    expect(ids(filterApplications(withText, filters))).toEqual(['a14']);
    expect(ids(filterApplications(withText, { ...filters, text: '', board: 'greenhouse' }))).toEqual([]);
  });
});
