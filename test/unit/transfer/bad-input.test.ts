/**
 * A file that is not a good Rebound export must change nothing and say what is wrong: a truncated
 * file, one from another app, a CSV renamed .json, a bad record in the middle, a 50 MB file, and a
 * file that passes every check but cannot be written (the transaction must leave nothing behind).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildEnvelope, serializeEnvelope } from '../../../src/core/transfer/envelope';
import { openDb, type ReboundDb } from '../../../src/db/schema';
import { dumpTables, importBackup, schemaVersion } from '../../../src/db/transfer';
import { fullDump } from '../../support/db-dump';
import { generatePipeline, seed } from '../../support/pipeline';

let db: ReboundDb;
let before: Record<string, unknown[]>;
let goodExport: string;
/** An export of other applications (another seed): importing it would change the store. */
let otherExport: Record<string, unknown> & { tables: Record<string, Record<string, unknown>[]> };

const bytes = (text: string) => new TextEncoder().encode(text).length;

async function tryImport(text: string, size = bytes(text), options: { withSettings?: boolean } = {}) {
  const result = await importBackup(db, text, size, options);
  // Unchanged, compared over a full dump of every table.
  expect(await fullDump(db)).toEqual(before);
  expect(result.ok).toBe(false);
  return result.ok ? '' : result.message;
}

beforeAll(async () => {
  db = openDb(`test-${crypto.randomUUID()}`);
  await seed(db, generatePipeline(300, 1, 400));
  before = await fullDump(db);
  const otherDb = openDb(`test-${crypto.randomUUID()}`);
  await seed(otherDb, generatePipeline(6_000, 2, 200));
  goodExport = serializeEnvelope(buildEnvelope(await dumpTables(otherDb), await schemaVersion(otherDb), null, 0));
  otherExport = JSON.parse(goodExport) as typeof otherExport;
}, 30_000);

// Each test reads a 10,000-application export: seconds on a busy 2-core machine, not a speed check.
describe('importing a bad file changes nothing and says what is wrong', { timeout: 30_000 }, () => {
  it('a truncated export', async () => {
    const message = await tryImport(goodExport.slice(0, Math.floor(goodExport.length * 0.6)));
    expect(message).toMatch(/cut off/);
  });

  it('a file from another app', async () => {
    const linkedIn = JSON.stringify([{ 'Company Name': 'Acme', 'Job Title': 'Engineer', 'Application Date': '3/1/26' }]);
    expect(await tryImport(linkedIn)).toMatch(/not a Rebound export/);
    expect(await tryImport(JSON.stringify({ name: 'my-package', version: '1.0.0' }))).toMatch(/not a Rebound export/);
  });

  it('a CSV renamed .json', async () => {
    expect(await tryImport('Company,Position,Status\nAcme,Engineer,Applied\n')).toMatch(/spreadsheet \(CSV\)/);
  });

  it('a damaged file that is not JSON at all', async () => {
    expect(await tryImport('\u0000\u0001PK\u0003\u0004 binary')).toMatch(/cannot read it as JSON/);
  });

  it('a bad record in the middle names the table and the record', async () => {
    const broken = structuredClone(otherExport);
    delete broken.tables.applications![5011]!.title;
    expect(await tryImport(JSON.stringify(broken))).toBe('Record 5,012 in applications has no title field.');

    const wrongType = structuredClone(otherExport);
    wrongType.tables.events![2000]!.at = 'yesterday';
    expect(await tryImport(JSON.stringify(wrongType))).toBe('Record 2,001 in events has an at field that is not a number.');

    const unknownStage = structuredClone(otherExport);
    unknownStage.tables.applications![3]!.stage = 'limbo';
    expect(await tryImport(JSON.stringify(unknownStage))).toMatch(/^Record 4 in applications has a stage field with a value/);
  });

  it('a bad record in the last table checked undoes the tables already being written', async () => {
    // The importer writes each table while it checks the next (src/db/transfer.ts): by the time the
    // preferences are checked, applications, debriefs and events are in the transaction.
    const lastBroken = structuredClone(otherExport);
    const preferences = lastBroken.tables.preferences!;
    expect(preferences.length).toBeGreaterThan(0);
    preferences[preferences.length - 1]!.kind = 'maybe';
    expect(await tryImport(JSON.stringify(lastBroken))).toMatch(
      new RegExp(`^Record ${preferences.length.toLocaleString('en-US')} in preferences has a kind field with a value`),
    );
  });

  it('a table this version does not know, or a newer export', async () => {
    const future = structuredClone(otherExport);
    future.tables.holograms = [{ id: 'x' }];
    expect(await tryImport(JSON.stringify(future))).toMatch(/“holograms”.*newer version/);
    expect(await tryImport(JSON.stringify({ ...otherExport, schemaVersion: 99 }))).toMatch(/newer version of Rebound/);
    expect(await tryImport(JSON.stringify({ ...otherExport, formatVersion: 2 }))).toMatch(/newer version of Rebound/);
  });

  it('a 50 MB file is refused before it is read', async () => {
    const size = 50 * 1024 * 1024;
    // A real 50 MB export-shaped text, so the refusal is about size and nothing else.
    const padding = 'x'.repeat(size - goodExport.length);
    const big = goodExport.replace('"description":"', `"description":"${padding}`);
    expect(bytes(big)).toBeGreaterThanOrEqual(size);
    expect(await tryImport(big)).toMatch(/^This file is 50\.0 MB, more than the 45\.0 MB/);
  });

  it('an empty file', async () => {
    expect(await tryImport('', 0)).toMatch(/empty/);
  });

  it('a file that passes the checks but cannot be written leaves nothing behind', async () => {
    // Two debriefs for one application break the store's one-debrief-per-application rule; the first
    // records of the file are fine and would be written if the import were not one transaction.
    const clash = structuredClone(otherExport);
    const debriefs = clash.tables.debriefs!;
    debriefs.push({ ...debriefs[0]!, id: 'another-debrief' });
    const message = await tryImport(JSON.stringify(clash));
    expect(message).toMatch(/could not save this import, so nothing was changed/);
  });

  it('damaged settings, when the settings are to be used too', async () => {
    for (const settings of [
      { version: 2, weeklyGoal: 'lots' },
      { version: 2, kinds: { 'follow-up': { enabled: true, threshold: -4, cooldownDays: 3 } } },
      { version: 2, quietHours: 'never' },
      'not settings',
      { version: 99, weeklyGoal: 5 },
    ]) {
      const message = await tryImport(JSON.stringify({ ...otherExport, settings }), undefined, { withSettings: true });
      expect(message).toMatch(/The settings in this file are damaged \(.+\), so Rebound kept yours/);
    }
  });

  it('the same export imports fine (the checks above are not refusing everything)', async () => {
    const result = await importBackup(db, goodExport, bytes(goodExport));
    expect(result.ok).toBe(true);
    expect(await db.applications.count()).toBe(6_300);
  });
});
