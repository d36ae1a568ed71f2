/**
 * The database side of export, import and "delete everything". Every table is handled, including
 * tables added after this was written: the list comes from the open database (db.tables), not from
 * a list kept here. Each operation is one transaction, so it happens entirely or not at all.
 */
import type { ExportRecord, ExportTables, TableInfo } from '../core/transfer/envelope';
import { createImportPlanner, importOrder, type ImportPlan } from '../core/transfer/merge';
import { checkRecords, readEnvelope } from '../core/transfer/read-export';
import type { ImportRow } from '../core/transfer/csv-import';
import type { JobDraft } from '../core/types';
import { checkImportedSettings, type Settings } from '../core/settings';
import { debriefFor, skipDebrief } from './debrief-repository';
import { saveCapture, setStage, updateFields } from './repository';
import type { ReboundDb } from './schema';

export function tableInfos(db: ReboundDb): TableInfo[] {
  return db.tables.map((table) => ({
    name: table.name,
    primaryKey: String(table.schema.primKey.keyPath),
    autoIncrement: !!table.schema.primKey.auto,
    unique: table.schema.indexes.filter((index) => index.unique && typeof index.keyPath === 'string').map((index) => index.name),
  }));
}

/** The database version this build writes (Dexie's verno is that version once the db is open). */
export async function schemaVersion(db: ReboundDb): Promise<number> {
  if (!db.isOpen()) await db.open();
  return db.verno;
}

/** Every record of every table, read in one transaction so the export is one consistent moment. */
export async function dumpTables(db: ReboundDb): Promise<ExportTables> {
  return db.transaction('r', db.tables, async () => {
    const tables: ExportTables = {};
    for (const table of db.tables) tables[table.name] = (await table.toArray()) as ExportRecord[];
    return tables;
  });
}

/** A record of the file failed its check while the import was already writing: the transaction is undone. */
class RecordProblem extends Error {}

/**
 * Check, plan and write every table of the file in ONE transaction over every table: if a record is
 * bad or anything fails, nothing of the import remains (see createImportPlanner for the merge rules).
 * Each table's writes are not awaited before the next table is checked and planned: the store's
 * writing, the longest part of a large import, starts with the first table instead of after the last
 * check, and the checks run while it writes.
 */
async function importTables(db: ReboundDb, incoming: Record<string, unknown[]>): Promise<ImportPlan> {
  const infos = tableInfos(db);
  return db.transaction('rw', db.tables, async () => {
    // Every read first: a read queued behind the writes below would wait for all of them.
    const stored: ExportTables = {};
    for (const table of db.tables) {
      // Only tables the file brings need comparing with what is stored.
      stored[table.name] = incoming[table.name]?.length ? ((await table.toArray()) as ExportRecord[]) : [];
    }
    const planTable = createImportPlanner();
    const plan: ImportPlan = {};
    const writes: Promise<unknown>[] = [];
    for (const info of importOrder(infos)) {
      const records = incoming[info.name];
      if (!records?.length) continue;
      const checked = checkRecords(info, records);
      if (!checked.ok) {
        // The writes already under way fail with the transaction; their errors are this one.
        Promise.all(writes).catch(() => undefined);
        throw new RecordProblem(checked.message);
      }
      const tablePlan = (plan[info.name] = planTable(info, stored[info.name] ?? [], checked.records));
      const table = db.table(info.name);
      if (tablePlan.put.length) writes.push(table.bulkPut(tablePlan.put));
      if (tablePlan.add.length) writes.push(table.bulkAdd(tablePlan.add));
    }
    await Promise.all(writes);
    return plan;
  });
}

/** `settings`: the file's settings, checked, when they were asked for and the file has them. */
export type BackupImportResult = { ok: true; plan: ImportPlan; settings: Settings | null } | { ok: false; message: string };

/**
 * A Rebound JSON backup, from its text to the store: the outer part and the settings are checked
 * first, then the records are checked and written in one transaction. Any problem, found while
 * checking or while writing, leaves the store as it was.
 */
export async function importBackup(
  db: ReboundDb,
  text: string,
  byteSize: number,
  options: { maxBytes?: number; withSettings?: boolean } = {},
): Promise<BackupImportResult> {
  const read = readEnvelope(text, byteSize, {
    schemaVersion: await schemaVersion(db),
    tables: tableInfos(db),
    maxBytes: options.maxBytes,
  });
  if (!read.ok) return read;
  // The settings are checked with the records, before anything is written: damaged ones stop it all.
  let settings: Settings | null = null;
  const rawSettings = read.envelope.settings;
  if (options.withSettings && rawSettings !== null && rawSettings !== undefined) {
    const checked = checkImportedSettings(rawSettings);
    if (!checked.ok) {
      return {
        ok: false,
        message: `The settings in this file are damaged (${checked.problem}), so Rebound kept yours. To bring in only the applications, untick “Also use the settings saved in the backup” and choose the file again.`,
      };
    }
    settings = checked.settings;
  }
  try {
    const plan = await importTables(db, read.envelope.tables);
    return { ok: true, plan, settings };
  } catch (error) {
    if (error instanceof RecordProblem) return { ok: false, message: error.message };
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      message: `Rebound could not save this import, so nothing was changed. The file may contain records that contradict each other (${detail}).`,
    };
  }
}

export interface SheetImportSummary {
  created: number;
  merged: number;
}

/**
 * Spreadsheet rows go through the repository like any capture (so dedupe and timeline rules apply),
 * all inside one outer transaction: the repository's own transactions join it, and one failure
 * undoes every row.
 */
export async function importSheetRows(db: ReboundDb, rows: readonly ImportRow[], now = Date.now()): Promise<SheetImportSummary> {
  // Every table: the repository's steps may touch more than applications and events (a rejection
  // also prepares its debrief), and a sub-transaction must stay within its parent's tables.
  return db.transaction('rw', db.tables, async () => {
    let created = 0;
    let merged = 0;
    for (const row of rows) {
      const draft: JobDraft = {
        title: row.title,
        company: row.company,
        location: row.location,
        salary: '',
        employmentType: '',
        workMode: null,
        board: row.board,
        jobId: row.jobId,
        url: row.url,
        description: '',
      };
      const at = row.appliedAt ?? now;
      const result = await saveCapture(db, draft, { source: 'import', stage: row.stage === 'saved' ? 'saved' : 'applied', now: at });
      if (!result.created) {
        // Already tracked: the capture filled in what it lacked; its stage and notes stay the user's.
        merged += 1;
        continue;
      }
      created += 1;
      const id = result.application.id;
      if (row.stage !== 'saved' && row.stage !== 'applied') await setStage(db, id, row.stage, 'import', at);
      // A rejection opens a debrief; one from an old tracker should not greet the user as a task to do.
      // It is skipped, not deleted: the user can still open it from the application.
      if (row.stage === 'rejected') {
        const debrief = await debriefFor(db, id);
        if (debrief?.status === 'pending') await skipDebrief(db, debrief.id, at);
      }
      if (row.notes || row.tags.length > 0) await updateFields(db, id, { notes: row.notes, tags: row.tags }, 'import', at);
    }
    return { created, merged };
  });
}

/** Empty every table, in one transaction. */
export async function deleteEverything(db: ReboundDb): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.clear();
  });
}
