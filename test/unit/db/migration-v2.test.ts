import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type ReboundDb } from '../../../src/db/schema';
import type { Application, TimelineEvent } from '../../../src/core/types';
import { addActionItem, addPreference, ensureDebriefFor } from '../../../src/db/debrief-repository';
import { seedApplications, seedEvents } from './seed-v1';

let name = '';
let db: ReboundDb | undefined;
afterEach(async () => {
  db?.close();
  if (name) await openDb(name).delete();
});

describe('schema v1 → v2 (rejection debriefs)', () => {
  it('keeps every application and event, field by field, and adds working debrief tables', async () => {
    name = `test-${crypto.randomUUID()}`;
    const v1 = openDb(name, 1);
    const apps = seedApplications();
    await v1.table<Application, string>('applications').bulkAdd(apps);
    await v1.table<TimelineEvent, number>('events').bulkAdd(seedEvents(apps));
    const eventsAtV1 = await v1.table<TimelineEvent, number>('events').toArray();
    expect(eventsAtV1).toHaveLength(5);
    v1.close();

    // Exactly the v1 → v2 step; later steps have their own tests (migration-v3.test.ts …).
    db = openDb(name, 2);
    await db.open();
    expect(db.verno).toBe(2);

    // Every record, every field, exactly as it was (ids and auto-increment keys included).
    const appsAfter = await db.applications.toArray();
    expect(appsAfter).toHaveLength(apps.length);
    for (const app of apps) expect(await db.applications.get(app.id)).toStrictEqual(app);
    const eventsAfter = await db.events.toArray();
    expect(eventsAfter).toStrictEqual(eventsAtV1);
    // v1 indexes still answer.
    expect((await db.applications.where('stage').equals('rejected').first())?.id).toBe('app-2');

    // The new tables work, with their indexes.
    const debrief = await ensureDebriefFor(db, 'app-2', 1_800_000_000_000);
    expect(await db.debriefs.where('applicationId').equals('app-2').count()).toBe(1);
    expect(await db.debriefs.where('status').equals('pending').count()).toBe(1);
    await addActionItem(db, debrief, 'interview', 'Practise with a friend');
    expect(await db.actionItems.where('debriefId').equals(debrief.id).count()).toBe(1);
    await addPreference(db, 'A team that writes things down', 'want', 'app-2');
    expect(await db.preferences.where('kind').equals('want').count()).toBe(1);
    // One debrief per application, enforced by the store itself.
    await expect(db.debriefs.add({ ...debrief, id: 'another' })).rejects.toThrow();
  });
});
