/** Importing into a store that already holds data: duplicates merge, nothing doubles. */
import { describe, expect, it } from 'vitest';
import { buildEnvelope, serializeEnvelope } from '../../../src/core/transfer/envelope';
import type { Application } from '../../../src/core/types';
import { openDb, type ReboundDb } from '../../../src/db/schema';
import { dumpTables, importBackup, schemaVersion } from '../../../src/db/transfer';
import { generatePipeline, seed } from '../../support/pipeline';
import { eventsOf } from '../../../src/db/events-of';

const fresh = () => openDb(`test-${crypto.randomUUID()}`);

async function exportOf(db: ReboundDb): Promise<string> {
  return serializeEnvelope(buildEnvelope(await dumpTables(db), await schemaVersion(db), null, 0));
}

async function importText(db: ReboundDb, text: string) {
  const result = await importBackup(db, text, text.length);
  if (!result.ok) throw new Error(result.message);
  return result.plan;
}

describe('merging an import into stored data', () => {
  it('importing the same export twice changes nothing the second time', async () => {
    const source = fresh();
    await seed(source, generatePipeline(50));
    const text = await exportOf(source);
    const db = fresh();
    await importText(db, text);
    const counts = await Promise.all(db.tables.map((t) => t.count()));
    const plan = await importText(db, text);
    expect(await Promise.all(db.tables.map((t) => t.count()))).toEqual(counts);
    expect(plan.applications).toMatchObject({ added: 0, updated: 0, kept: 50 });
    expect(plan.events?.added).toBe(0);
  });

  it('same id: the record changed last wins, whichever side it is on', async () => {
    const { applications, events } = generatePipeline(2);
    const [a, b] = applications as [Application, Application];
    const db = fresh();
    await db.applications.bulkAdd([
      { ...a, notes: 'newer in the store', updatedAt: a.updatedAt + 10 },
      { ...b, notes: 'older in the store', updatedAt: b.updatedAt - 10 },
    ]);
    const source = fresh();
    await source.applications.bulkAdd([
      { ...a, notes: 'older in the file' },
      { ...b, notes: 'newer in the file' },
    ]);
    await source.events.bulkAdd(events);
    await importText(db, await exportOf(source));
    expect((await db.applications.get(a.id))?.notes).toBe('newer in the store');
    expect((await db.applications.get(b.id))?.notes).toBe('newer in the file');
    expect(await db.applications.count()).toBe(2);
  });

  it('same job under another id (jobKey or URL): merged into the stored one, with its timeline and debrief', async () => {
    const db = fresh();
    const stored = generatePipeline(1, 5).applications[0]!;
    await db.applications.add({ ...stored, jobKey: 'greenhouse:777', stage: 'applied', notes: 'mine', location: '' });
    await db.events.add({ applicationId: stored.id, at: 1, kind: 'captured', to: 'saved' });

    const source = fresh();
    const copy: Application = {
      ...stored,
      id: 'copy-from-laptop',
      jobKey: 'greenhouse:777',
      canonicalUrl: 'https://elsewhere.example/different',
      stage: 'rejected',
      notes: '',
      location: 'Lisbon',
      updatedAt: stored.updatedAt + 1000,
    };
    await source.applications.add(copy);
    await source.events.bulkAdd([
      { applicationId: copy.id, at: 1, kind: 'captured', to: 'saved' },
      { applicationId: copy.id, at: 5, kind: 'stage', from: 'applied', to: 'rejected' },
    ]);
    const debrief = generatePipeline(40, 1).debriefs[0]!;
    await source.debriefs.add({ ...debrief, applicationId: copy.id });

    await importText(db, await exportOf(source));
    const apps = await db.applications.toArray();
    expect(apps).toHaveLength(1);
    // The newer record's stage, the stored notes it left empty, the location it added.
    expect(apps[0]).toMatchObject({ id: stored.id, stage: 'rejected', notes: 'mine', location: 'Lisbon' });
    const events = await eventsOf(db, stored.id).toArray();
    // The identical "captured" event is not doubled; the rejection follows the application.
    expect(events.map((e) => e.kind).sort()).toEqual(['captured', 'stage']);
    expect(await db.events.count()).toBe(2);
    expect((await db.debriefs.toArray()).map((d) => d.applicationId)).toEqual([stored.id]);
  });

  it('an imported event whose key is taken by another stored event gets a new key, not an overwrite', async () => {
    const db = fresh();
    await db.applications.add(generatePipeline(1, 8).applications[0]!);
    const storedEventId = await db.events.add({ applicationId: 'app-8-0', at: 1, kind: 'note', detail: 'stored' });
    const source = fresh();
    await source.applications.add(generatePipeline(1, 9).applications[0]!);
    await source.events.add({ id: storedEventId, applicationId: 'app-9-0', at: 2, kind: 'note', detail: 'imported' });
    await importText(db, await exportOf(source));
    const events = await db.events.toArray();
    expect(events.map((e) => e.detail).sort()).toEqual(['imported', 'stored']);
    expect((await db.events.get(storedEventId))?.detail).toBe('stored');
  });
});
