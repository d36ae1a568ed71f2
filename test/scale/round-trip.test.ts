/**
 * The promise of the export: export → delete everything → import gives back exactly the same data,
 * record by record, for a pipeline of 10,000 applications with their timelines and a record in
 * every other table. Also measures the export's size (the import limit must stay well above it).
 */
import { describe, expect, it } from 'vitest';
import { buildEnvelope, serializeEnvelope } from '../../src/core/transfer/envelope';
import { MAX_IMPORT_BYTES, formatMegabytes } from '../../src/core/transfer/limits';
import { openDb } from '../../src/db/schema';
import { deleteEverything, dumpTables, importBackup, schemaVersion } from '../../src/db/transfer';
import { fullDump } from '../support/db-dump';
import { generatePipeline, seed } from '../support/pipeline';
import { defaultSettings } from '../../src/core/settings';

describe('export → delete everything → import', () => {
  it('gives back every record of a 10,000-application pipeline exactly', async () => {
    const db = openDb(`test-${crypto.randomUUID()}`);
    const pipeline = generatePipeline(10_000);
    await seed(db, pipeline);
    const before = await fullDump(db);
    expect(before.applications).toHaveLength(10_000);
    expect(before.events!.length).toBeGreaterThan(30_000);
    for (const table of db.tables) expect(before[table.name]!.length, table.name).toBeGreaterThan(0);

    const started = performance.now();
    const text = serializeEnvelope(buildEnvelope(await dumpTables(db), await schemaVersion(db), { ...defaultSettings(), weeklyGoal: 12 }, Date.now()));
    const exportMs = performance.now() - started;
    const bytes = new TextEncoder().encode(text).length;

    await deleteEverything(db);
    for (const table of db.tables) expect(await table.count(), table.name).toBe(0);

    const importStarted = performance.now();
    const result = await importBackup(db, text, bytes, { withSettings: true });
    const importMs = performance.now() - importStarted;
    expect(result.ok ? '' : result.message).toBe('');
    if (!result.ok) return;
    expect(result.settings).toEqual({ ...defaultSettings(), weeklyGoal: 12 });
    expect(result.plan.applications?.added).toBe(10_000);

    const after = await fullDump(db);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const name of Object.keys(before)) {
      const a = after[name]!;
      const b = before[name]!;
      expect(a.length, name).toBe(b.length);
      for (let i = 0; i < b.length; i++) {
        if (JSON.stringify(a[i]) !== JSON.stringify(b[i])) expect(a[i], `${name} record ${i}`).toEqual(b[i]);
      }
    }
    // Record by record above; the whole dump once more, as one structural comparison.
    expect(after).toEqual(before);
    expect(bytes).toBeLessThan(MAX_IMPORT_BYTES);
    console.info(
      `10,000 applications: export ${formatMegabytes(bytes)} in ${Math.round(exportMs)} ms, import in ${Math.round(importMs)} ms (fake-indexeddb)`,
    );
  });
});
