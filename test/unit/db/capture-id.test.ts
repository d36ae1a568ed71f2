import { afterEach, beforeEach, expect, it } from 'vitest';
import { openDb, type ReboundDb } from '../../../src/db/schema';
import { saveCapture } from '../../../src/db/repository';
import { draft } from '../../support/builders';

let db: ReboundDb;
beforeEach(() => {
  db = openDb(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

const ID = '3b241101-e2bb-4255-8caf-4136c566a962';

it('a retry of the same capture (same id) adds nothing, however often it comes', async () => {
  const first = await saveCapture(db, draft(), { source: 'auto', stage: 'applied', now: 1000, captureId: ID });
  for (let retry = 0; retry < 12; retry++) {
    const again = await saveCapture(db, draft(), { source: 'auto', stage: 'applied', now: 2000 + retry, captureId: ID });
    expect(again).toMatchObject({ created: false, repeated: true, application: { id: first.application.id, updatedAt: 1000 } });
  }
  const events = await db.events.toArray();
  expect(events).toHaveLength(1);
  expect(events[0]).toMatchObject({ kind: 'applied', captureId: ID });
});

it('a retry of a capture that updated a record adds no "Saved again" either', async () => {
  await saveCapture(db, draft(), { source: 'popup', stage: 'saved', now: 1000 });
  await saveCapture(db, draft(), { source: 'auto', stage: 'saved', now: 2000, captureId: ID });
  await saveCapture(db, draft(), { source: 'auto', stage: 'saved', now: 3000, captureId: ID });
  expect((await db.events.toArray()).map((e) => e.detail ?? e.kind)).toEqual(['captured', 'Saved again']);
});

it('a new capture of the same job (another id) is still written', async () => {
  await saveCapture(db, draft(), { source: 'auto', stage: 'saved', now: 1000, captureId: ID });
  await saveCapture(db, draft(), { source: 'auto', stage: 'applied', now: 2000, captureId: crypto.randomUUID() });
  expect((await db.applications.toArray())[0]?.stage).toBe('applied');
  expect(await db.events.count()).toBe(2);
});
