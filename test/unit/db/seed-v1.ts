import { expect } from 'vitest';
import type { Application, TimelineEvent } from '../../../src/core/types';
import { addActionItem, addPreference, ensureDebriefFor } from '../../../src/db/debrief-repository';
import { openDb, type ReboundDb } from '../../../src/db/schema';

/** Records exactly as v1 stored them: every field set, including the unusual ones (nulls, markup-like text). */
export function seedApplications(): Application[] {
  const base = {
    location: 'Berlin',
    workMode: null,
    salary: '',
    employmentType: 'Full-time',
    description: 'Plain text. <b>not markup</b> & more',
    notes: '',
  } as const;
  return [
    {
      ...base,
      id: 'app-1',
      title: 'Backend Engineer',
      company: 'Acme',
      workMode: 'hybrid',
      board: 'greenhouse',
      jobId: '1',
      postingUrl: 'https://boards.greenhouse.io/acme/jobs/1?gh_src=x',
      canonicalUrl: 'https://boards.greenhouse.io/acme/jobs/1',
      jobKey: 'greenhouse:1',
      stage: 'interviewing',
      savedAt: 1_700_000_000_000,
      appliedAt: 1_700_000_100_000,
      notes: 'Second round on Tuesday',
      createdAt: 1_700_000_000_000,
      updatedAt: 1_700_000_200_000,
    },
    {
      ...base,
      id: 'app-2',
      title: 'Data Analyst',
      company: 'Globex',
      salary: '€60k',
      board: 'lever',
      jobId: 'abc',
      postingUrl: 'https://jobs.lever.co/globex/abc',
      canonicalUrl: 'https://jobs.lever.co/globex/abc',
      jobKey: 'lever:abc',
      stage: 'rejected',
      savedAt: 1_700_001_000_000,
      appliedAt: 1_700_001_000_000,
      createdAt: 1_700_001_000_000,
      updatedAt: 1_700_002_000_000,
    },
    {
      ...base,
      id: 'app-3',
      title: '',
      company: '',
      board: 'web',
      jobId: '',
      postingUrl: 'https://example.test/careers/3',
      canonicalUrl: 'https://example.test/careers/3',
      jobKey: '',
      stage: 'saved',
      savedAt: 1_700_003_000_000,
      appliedAt: null,
      createdAt: 1_700_003_000_000,
      updatedAt: 1_700_003_000_000,
    },
  ];
}

export function seedEvents(apps: Application[]): TimelineEvent[] {
  const [a1, a2, a3] = apps;
  return [
    { applicationId: a1!.id, at: a1!.savedAt, kind: 'captured', to: 'saved', source: 'popup' },
    { applicationId: a1!.id, at: a1!.savedAt + 1, kind: 'applied', from: 'saved', to: 'applied', source: 'auto' },
    { applicationId: a2!.id, at: a2!.savedAt, kind: 'applied', to: 'applied', source: 'shortcut' },
    { applicationId: a2!.id, at: a2!.updatedAt, kind: 'stage', from: 'applied', to: 'rejected', source: 'options' },
    { applicationId: a3!.id, at: a3!.savedAt, kind: 'edit', detail: 'title, company', source: 'options' },
  ];
}

/** Every other table as a release from v2 on stored it, seeded beside `apps`, with a snapshot to compare after an upgrade. */
export async function seedBesideApplications(db: ReboundDb, apps: Application[], at: number): Promise<() => Promise<void>> {
  await db.table<Application, string>('applications').bulkAdd(apps);
  await db.table<TimelineEvent, number>('events').bulkAdd(seedEvents(apps));
  const debrief = await ensureDebriefFor(db, 'app-2', at);
  await addActionItem(db, debrief, 'interview', 'Practise with a friend');
  await addPreference(db, 'A team that writes things down', 'want', 'app-2');
  const tables = ['events', 'debriefs', 'actionItems', 'preferences'] as const;
  const before = await Promise.all(tables.map((name) => db.table(name).toArray()));
  /** After the upgrade (on the reopened database): every one of those records is there, unchanged. */
  return async () => {
    const upgraded = openDb(db.name);
    const after = await Promise.all(tables.map((name) => upgraded.table(name).toArray()));
    upgraded.close();
    expect(after).toStrictEqual(before);
  };
}

/** v4 records: the v1 seed with the v4 details as v4 wrote them. */
export function seedV4(): Application[] {
  return seedApplications().map((app, i) => ({
    ...app,
    contacts: [],
    interviews: [],
    tags: i === 0 ? ['referral'] : [],
    excitement: i === 0 ? 4 : null,
    deadline: null,
    resumeVersion: '',
    coverLetterVersion: '',
    interviewAt: [],
  }));
}
