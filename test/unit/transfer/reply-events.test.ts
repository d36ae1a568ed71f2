/** Reply events (what a chip showed, and a link to the email) travel in export and import, checked like every record. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildEnvelope, serializeEnvelope } from '../../../src/core/transfer/envelope';
import { openDb, type ReboundDb } from '../../../src/db/schema';
import { saveCapture } from '../../../src/db/repository';
import { fileReply } from '../../../src/db/reply-repository';
import { deleteEverything, dumpTables, importBackup, schemaVersion } from '../../../src/db/transfer';
import { draft } from '../../support/builders';

let db: ReboundDb;
beforeEach(() => {
  db = openDb(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

const reply = {
  label: 'rejection' as const,
  subject: 'Your application to Acme',
  from: 'Acme Hiring Team <no-reply@us.greenhouse-mail.io>',
  date: 500,
  sentence: 'We have decided to move forward with other candidates.',
  link: 'https://mail.google.com/mail/u/0/#inbox/abc',
};

async function exported(): Promise<string> {
  return serializeEnvelope(buildEnvelope(await dumpTables(db), await schemaVersion(db), null, 0));
}

describe('reply events in export and import', () => {
  it('come back exactly', async () => {
    const { application } = await saveCapture(db, draft(), { source: 'auto', stage: 'applied', now: 100 });
    await fileReply(db, application.id, reply, 1000);
    const text = await exported();
    await deleteEverything(db);
    const result = await importBackup(db, text, text.length);
    expect(result.ok).toBe(true);
    const events = await db.events.toArray();
    expect(events.find((event) => event.kind === 'reply')).toMatchObject({ kind: 'reply', source: 'email', reply });
  });

  it('a reply event with a made-up label is refused and nothing changes', async () => {
    const { application } = await saveCapture(db, draft(), { source: 'auto', stage: 'applied', now: 100 });
    await fileReply(db, application.id, reply, 1000);
    const file = JSON.parse(await exported()) as { tables: { events: { kind: string; reply?: { label: string } }[] } };
    const event = file.tables.events.find((e) => e.kind === 'reply')!;
    event.reply!.label = '<script>';
    const text = JSON.stringify(file);
    const before = await db.events.count();
    const result = await importBackup(db, text, text.length);
    expect(result.ok).toBe(false);
    expect(await db.events.count()).toBe(before);
  });
});
