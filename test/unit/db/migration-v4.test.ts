import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type ReboundDb } from '../../../src/db/schema';
import { SCHEMA_VERSIONS } from '../../../src/db/migrations';
import type { Application, TimelineEvent } from '../../../src/core/types';
import { addActionItem, addPreference, ensureDebriefFor } from '../../../src/db/debrief-repository';
import { updateFields } from '../../../src/db/repository';
import { seedApplications, seedEvents } from './seed-v1';

let name = '';
let db: ReboundDb | undefined;
afterEach(async () => {
  db?.close();
  if (name) await openDb(name).delete();
});

const T = 1_800_000_000_000;
const DAY = 86_400_000;

/** v3 records: the v1 seed with contacts and rounds, one round dated twice, one still being arranged. */
function seedV3(): Application[] {
  return seedApplications().map((app, i) => ({
    ...app,
    contacts: i === 0 ? [{ id: 'c1', name: 'Sam', role: 'Recruiter', email: 'sam@example.com', profileUrl: '' }] : [],
    interviews:
      i === 0
        ? [
            { id: 'r2', name: 'Final round', at: T + 9 * DAY, notes: '' },
            { id: 'r1', name: 'Phone screen', at: T + 2 * DAY, notes: 'Ask about the team' },
            { id: 'r3', name: 'Take-home task', at: null, notes: '' },
          ]
        : [],
  }));
}

describe('schema v3 → v4 (tags, excitement, deadline, résumé sent, interview dates index)', () => {
  it('keeps every record field by field, adds the details as “not set”, and indexes the interview dates', async () => {
    name = `test-${crypto.randomUUID()}`;
    const v3 = openDb(name, 3);
    const apps = seedV3();
    await v3.table<Application, string>('applications').bulkAdd(apps);
    await v3.table<TimelineEvent, number>('events').bulkAdd(seedEvents(apps));
    const debrief = await ensureDebriefFor(v3, 'app-2', T);
    await addActionItem(v3, debrief, 'interview', 'Practise with a friend');
    await addPreference(v3, 'A team that writes things down', 'want', 'app-2');
    const before = {
      events: await v3.events.toArray(),
      debriefs: await v3.debriefs.toArray(),
      actionItems: await v3.actionItems.toArray(),
      preferences: await v3.preferences.toArray(),
    };
    expect(v3.verno).toBe(3);
    expect((await v3.applications.get('app-1'))?.interviewAt).toBeUndefined();
    v3.close();

    db = openDb(name, 4);
    await db.open();
    expect(db.verno).toBe(4);
    expect(await db.applications.count()).toBe(apps.length);
    for (const app of apps) {
      expect(await db.applications.get(app.id)).toStrictEqual({
        ...app,
        tags: [],
        excitement: null,
        deadline: null,
        resumeVersion: '',
        coverLetterVersion: '',
        interviewAt: app.id === 'app-1' ? [T + 2 * DAY, T + 9 * DAY] : [],
      });
    }
    expect(await db.events.toArray()).toStrictEqual(before.events);
    expect(await db.debriefs.toArray()).toStrictEqual(before.debriefs);
    expect(await db.actionItems.toArray()).toStrictEqual(before.actionItems);
    expect(await db.preferences.toArray()).toStrictEqual(before.preferences);

    // The new index answers "an interview in this week", and older indexes still answer.
    const week = await db.applications.where('interviewAt').between(T, T + 7 * DAY).primaryKeys();
    expect(week).toEqual(['app-1']);
    expect(await db.applications.where('interviewAt').between(T + 10 * DAY, T + 20 * DAY).count()).toBe(0);
    expect((await db.applications.where('stage').equals('interviewing').first())?.id).toBe('app-1');

    // The upgraded records take the new details, cleaned on the way in.
    await updateFields(db, 'app-3', { tags: [' Referral', 'fintech', 'referral '], excitement: 4, resumeVersion: 'v3 data' }, 'options', T + 1);
    expect(await db.applications.get('app-3')).toMatchObject({ tags: ['Referral', 'fintech'], excitement: 4, resumeVersion: 'v3 data' });
  });

  it('keeps the interview-date index in step with any write, also one that bypasses the repository (an import)', async () => {
    name = `test-${crypto.randomUUID()}`;
    db = openDb(name);
    const [app] = seedV3();
    await db.applications.put({ ...app!, interviewAt: [1] });
    expect((await db.applications.get(app!.id))?.interviewAt).toEqual([T + 2 * DAY, T + 9 * DAY]);
    await db.applications.update(app!.id, { interviews: [] });
    expect(await db.applications.where('interviewAt').above(0).count()).toBe(0);
  });

  it('upgrades an empty store', async () => {
    name = `test-${crypto.randomUUID()}`;
    const v3 = openDb(name, 3);
    await v3.open();
    v3.close();
    db = openDb(name);
    await db.open();
    expect(db.verno).toBe(Math.max(...SCHEMA_VERSIONS.map((v) => v.version)));
    expect(await db.applications.count()).toBe(0);
  });
});
