/** Spreadsheet rows go through the repository in one transaction: dedupe applies, and it is all or nothing. */
import { describe, expect, it } from 'vitest';
import type { ImportRow } from '../../../src/core/transfer/csv-import';
import { saveCapture } from '../../../src/db/repository';
import { openDb } from '../../../src/db/schema';
import { importSheetRows } from '../../../src/db/transfer';
import { fullDump } from '../../support/db-dump';
import { eventsOf } from '../../../src/db/events-of';

const day = (d: number) => new Date(2026, 1, d, 12).getTime();

function row(line: number, patch: Partial<ImportRow>): ImportRow {
  return { line, company: 'Acme', title: 'Engineer', url: '', board: '', jobId: '', appliedAt: day(2), stage: 'applied', location: '', notes: '', tags: [], ...patch };
}

describe('importSheetRows', () => {
  it('creates applications at their stage and date, and merges a job already tracked', async () => {
    const db = openDb(`test-${crypto.randomUUID()}`);
    const tracked = await saveCapture(
      db,
      { title: 'Designer', company: 'Globex', location: '', salary: '', employmentType: '', workMode: null, board: 'lever', jobId: 'abc', url: 'https://jobs.lever.co/globex/abc', description: 'Kept' },
      { source: 'popup', stage: 'saved', now: day(1) },
    );
    const summary = await importSheetRows(db, [
      row(2, { company: 'Umbrella', stage: 'interviewing', notes: 'Met Sam', tags: ['Referral', 'fintech'] }),
      row(3, { company: 'Globex', title: 'Designer', url: 'https://jobs.lever.co/globex/abc?utm_source=sheet', board: 'lever', jobId: 'abc', stage: 'rejected' }),
      row(4, { company: 'Initech', stage: 'rejected', appliedAt: day(3) }),
    ]);
    expect(summary).toEqual({ created: 2, merged: 1 });
    const apps = await db.applications.toArray();
    expect(apps).toHaveLength(3);
    const umbrella = apps.find((a) => a.company === 'Umbrella')!;
    expect(umbrella).toMatchObject({ stage: 'interviewing', appliedAt: day(2), notes: 'Met Sam', tags: ['Referral', 'fintech'] });
    // The tracked job keeps what the user had; the import only marks it sent.
    expect(await db.applications.get(tracked.application.id)).toMatchObject({ stage: 'applied', description: 'Kept', appliedAt: day(2) });
    const events = await eventsOf(db, umbrella.id).toArray();
    expect(events.map((e) => [e.kind, e.to, e.source])).toEqual([
      ['applied', 'applied', 'import'],
      ['stage', 'interviewing', 'import'],
      ['edit', undefined, 'import'],
    ]);
    // An old rejection brought in from a tracker is not a debrief to do.
    const initech = apps.find((a) => a.company === 'Initech')!;
    expect((await db.debriefs.where('applicationId').equals(initech.id).first())?.status).toBe('skipped');
  });

  it('writes nothing when one row fails', async () => {
    const db = openDb(`test-${crypto.randomUUID()}`);
    await importSheetRows(db, [row(2, { company: 'Existing' })]);
    const before = await fullDump(db);
    db.applications.hook('creating', (_key, record) => {
      if (record.company === 'Boom') throw new Error('disk full');
    });
    await expect(importSheetRows(db, [row(2, { company: 'First' }), row(3, { company: 'Boom' }), row(4, { company: 'Last' })])).rejects.toThrow();
    expect(await fullDump(db)).toEqual(before);
  });
});
