import { afterEach, describe, expect, it } from 'vitest';
import type { Application } from '../../../src/core/types';
import { eventsOf } from '../../../src/db/events-of';
import { deleteApplication } from '../../../src/db/repository';
import { openDb, type ReboundDb } from '../../../src/db/schema';
import { fullDump } from '../../support/db-dump';
import { seedBesideApplications, seedV4 } from './seed-v1';

/** Every database a test opened, closed and deleted after it. */
const opened: ReboundDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});
const open = (name: string, upTo?: number) => {
  const db = openDb(name, upTo);
  opened.push(db);
  return db;
};

const T = 1_800_000_000_000;

/** v5 records: as v4 wrote them, with the address lists v5 added. */
const seedV5 = (): Application[] => seedV4().map((app) => ({ ...app, otherUrls: [], otherKeys: [] }));

const indexNames = (db: ReboundDb, table: string) => db.table(table).schema.indexes.map((index) => index.name).sort();

describe('schema v5 → v6 (indexes no query uses are dropped)', () => {
  it('keeps every record of every table as it was, and drops only the unused indexes', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const v5 = open(name, 5);
    const apps = seedV5();
    const expectOthersKept = await seedBesideApplications(v5, apps, T);
    const before = await fullDump(v5);
    expect(indexNames(v5, 'events')).toEqual(['[applicationId+at]', 'applicationId', 'at']);
    v5.close();

    const db = open(name, 6);
    await db.open();
    expect(db.verno).toBe(6);
    await expectOthersKept();
    expect(await fullDump(db)).toStrictEqual(before);
    expect(indexNames(db, 'events')).toEqual(['[applicationId+at]']);
    expect(indexNames(db, 'applications')).not.toContain('company');
    expect(indexNames(db, 'actionItems')).toEqual(['applicationId', 'createdAt', 'debriefId']);
  });

  it("finds an application's events through the compound index, and deleting it leaves none behind", async () => {
    const name = `test-${crypto.randomUUID()}`;
    const v5 = open(name, 5);
    await seedBesideApplications(v5, seedV5(), T);
    v5.close();

    const db = open(name, 6);
    // In time order, only this application's, whatever their `at` (an early one included).
    await db.events.add({ applicationId: 'app-1', at: -5, kind: 'note', detail: 'from an old tracker' });
    const app1 = await eventsOf(db, 'app-1').toArray();
    expect(app1.map((event) => [event.applicationId, event.at])).toEqual([
      ['app-1', -5],
      ['app-1', 1_700_000_000_000],
      ['app-1', 1_700_000_000_001],
    ]);
    expect(await eventsOf(db, 'app-').count()).toBe(0);

    const deleted = await deleteApplication(db, 'app-1');
    expect(deleted?.events).toHaveLength(3);
    expect(await eventsOf(db, 'app-1').count()).toBe(0);
    expect(await eventsOf(db, 'app-2').count()).toBe(2);
  });
});
