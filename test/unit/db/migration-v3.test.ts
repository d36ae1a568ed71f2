import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type ReboundDb } from '../../../src/db/schema';
import type { Application, TimelineEvent } from '../../../src/core/types';
import { addActionItem, addPreference, ensureDebriefFor } from '../../../src/db/debrief-repository';
import { addContact, addInterview } from '../../../src/db/contacts-interviews';
import { seedApplications, seedEvents } from './seed-v1';

let name = '';
let db: ReboundDb | undefined;
afterEach(async () => {
  db?.close();
  if (name) await openDb(name).delete();
});

describe('schema v2 → v3 (contacts and interview rounds)', () => {
  it('keeps every record field by field and gives every application empty contacts and rounds', async () => {
    name = `test-${crypto.randomUUID()}`;
    const v2 = openDb(name, 2);
    const apps = seedApplications();
    await v2.table<Application, string>('applications').bulkAdd(apps);
    await v2.table<TimelineEvent, number>('events').bulkAdd(seedEvents(apps));
    const debrief = await ensureDebriefFor(v2, 'app-2', 1_800_000_000_000);
    await addActionItem(v2, debrief, 'interview', 'Practise with a friend');
    await addPreference(v2, 'A team that writes things down', 'want', 'app-2');
    const before = {
      events: await v2.events.toArray(),
      debriefs: await v2.debriefs.toArray(),
      actionItems: await v2.actionItems.toArray(),
      preferences: await v2.preferences.toArray(),
    };
    expect(v2.verno).toBe(2);
    v2.close();

    db = openDb(name, 3);
    await db.open();
    expect(db.verno).toBe(3);

    // Every application: every v2 field exactly as it was, plus the two empty lists.
    expect(await db.applications.count()).toBe(apps.length);
    for (const app of apps) {
      expect(await db.applications.get(app.id)).toStrictEqual({ ...app, contacts: [], interviews: [] });
    }
    // Every other table untouched, auto-increment keys included.
    expect(await db.events.toArray()).toStrictEqual(before.events);
    expect(await db.debriefs.toArray()).toStrictEqual(before.debriefs);
    expect(await db.actionItems.toArray()).toStrictEqual(before.actionItems);
    expect(await db.preferences.toArray()).toStrictEqual(before.preferences);
    // Earlier indexes still answer.
    expect((await db.applications.where('stage').equals('interviewing').first())?.id).toBe('app-1');
    expect(await db.debriefs.where('applicationId').equals('app-2').count()).toBe(1);

    // The upgraded records take contacts and rounds.
    await addContact(db, 'app-3', { name: 'Sam', role: 'Recruiter', email: '', profileUrl: '' }, 'options', 1_800_000_000_001);
    await addInterview(db, 'app-1', { name: 'Phone screen', at: 1_800_000_100_000, notes: '' }, 'options', 1_800_000_000_002);
    expect((await db.applications.get('app-3'))?.contacts).toMatchObject([{ name: 'Sam', role: 'Recruiter' }]);
    expect((await db.applications.get('app-1'))?.interviews).toMatchObject([{ name: 'Phone screen', at: 1_800_000_100_000 }]);
  });

  it('upgrades an empty store', async () => {
    name = `test-${crypto.randomUUID()}`;
    const v2 = openDb(name, 2);
    await v2.open();
    v2.close();
    db = openDb(name);
    await db.open();
    expect(await db.applications.count()).toBe(0);
  });
});
