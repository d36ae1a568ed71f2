import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { openDb, type ReboundDb } from '../../../src/db/schema';
import type { Application, TimelineEvent } from '../../../src/core/types';
import { seedApplications, seedEvents } from './seed-v1';

/** v1 is the first version: it is tested by writing records raw at v1 and reading them back by its indexes. */
let db: ReboundDb | undefined;
afterEach(async () => {
  await db?.delete();
});

describe('schema v1', () => {
  it('stores applications and events and finds them by every v1 index', async () => {
    db = openDb(`test-${crypto.randomUUID()}`, 1);
    const apps = seedApplications();
    const events = seedEvents(apps);
    await db.table<Application, string>('applications').bulkAdd(apps);
    await db.table<TimelineEvent, number>('events').bulkAdd(events);

    expect(db.verno).toBe(1);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['applications', 'events']);
    expect(await db.applications.toArray()).toEqual(apps.slice().sort((a, b) => a.id.localeCompare(b.id)));
    expect((await db.applications.where('stage').equals('rejected').toArray()).map((a) => a.id)).toEqual(['app-2']);
    expect((await db.applications.where('jobKey').equals('greenhouse:1').first())?.id).toBe('app-1');
    expect((await db.applications.where('canonicalUrl').equals(apps[2]!.canonicalUrl).first())?.id).toBe('app-3');
    const app1Events = await db.events
      .where('[applicationId+at]')
      .between(['app-1', Dexie.minKey], ['app-1', Dexie.maxKey])
      .toArray();
    expect(app1Events.map((e) => e.kind)).toEqual(['captured', 'applied']);
  });
});
