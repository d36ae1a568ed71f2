/**
 * Read a Rebound JSON export and check ALL of it: the envelope (readEnvelope), then every record of
 * every table (checkRecords). The first problem found is described in plain words, naming the table
 * and the record ("Record 5,012 in applications has no title field"), so the user knows what is
 * wrong. The two steps are apart so the importer can check one table while the store writes the one
 * before, inside one transaction that a problem aborts (src/db/transfer.ts): nothing is kept either way.
 */
import { z } from 'zod';
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, type ExportEnvelope, type TableInfo } from './envelope';
import { sizeProblem } from './limits';
import { genericRecordSchema, RECORD_SCHEMAS } from './record-schemas';

/** An envelope whose outer part is checked; its tables' records are not yet (see checkRecords). */
export type UncheckedEnvelope = Omit<ExportEnvelope, 'tables'> & { tables: Record<string, unknown[]> };
export type ReadResult = { ok: true; envelope: UncheckedEnvelope } | { ok: false; message: string };
export type CheckResult = { ok: true; records: Record<string, unknown>[] } | { ok: false; message: string };

export interface ReadOptions {
  /** The database version of this build: files from a newer one are refused. */
  schemaVersion: number;
  /** Tables of the current database; a file with another table comes from a newer Rebound. */
  tables: readonly TableInfo[];
  maxBytes?: number;
}

const fail = (message: string): { ok: false; message: string } => ({ ok: false, message });

const NOT_OURS =
  'This file is not a Rebound export. It may come from another app or a data download from a job site. ' +
  'Rebound can import its own JSON exports, and spreadsheets saved as CSV (use “Import from a spreadsheet”).';

/** A CSV (even one renamed .json) starts with a header row of words and commas, not with "{". */
function looksLikeCsv(text: string): boolean {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  return !/^\s*[[{]/.test(text) && /[,;\t]/.test(firstLine);
}

/**
 * Tell a cut-off file (the download or copy stopped early) from any other damage: the text opens
 * like JSON and the parser ran out of input, or it does not close its outermost brace.
 */
function looksTruncated(text: string, error: unknown): boolean {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return false;
  const message = error instanceof Error ? error.message : '';
  return /end of (json )?(data|input)|unterminated|unexpected end/i.test(message) || !/[}\]]$/.test(trimmed);
}

const HUMAN_TYPE: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
  null: 'empty',
};

/** The value at an issue's path in the record, to tell a missing field from a wrong one. */
function valueAt(record: unknown, path: readonly PropertyKey[]): unknown {
  let value = record;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const withArticle = (field: string) => `${/^[aeiou]/i.test(field) ? 'an' : 'a'} ${field}`;

function describeIssue(issue: z.core.$ZodIssue | undefined, record: unknown, table: string, index: number): string {
  // Counted from 1, as people count.
  const label = `Record ${(index + 1).toLocaleString('en-US')} in ${table}`;
  if (!issue) return `${label} could not be read.`;
  const field = issue.path.map(String).join('.');
  if (!field) return `${label} is not a record at all (it should be a group of fields).`;
  if (issue.code === 'invalid_type' && valueAt(record, issue.path) === undefined) return `${label} has no ${field} field.`;
  if (issue.code === 'invalid_type') {
    return `${label} has ${withArticle(field)} field that is not ${HUMAN_TYPE[issue.expected] ?? issue.expected}.`;
  }
  if (issue.code === 'invalid_value') return `${label} has ${withArticle(field)} field with a value Rebound does not know.`;
  return `${label} has ${withArticle(field)} field Rebound cannot use (${issue.message.toLowerCase()}).`;
}

const envelopeShape = z.object({
  format: z.string(),
  formatVersion: z.number(),
  schemaVersion: z.number().int().positive(),
  exportedAt: z.string(),
  tables: z.record(z.string(), z.array(z.unknown())),
  settings: z.unknown().optional(),
});

/** Check the parsed JSON value's outer part, and that every table it holds is one this build knows. */
export function checkEnvelope(value: unknown, options: ReadOptions): ReadResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || (value as { format?: unknown }).format !== EXPORT_FORMAT) {
    return fail(NOT_OURS);
  }
  const head = value as { formatVersion?: unknown; schemaVersion?: unknown };
  if (typeof head.formatVersion === 'number' && head.formatVersion > EXPORT_FORMAT_VERSION) {
    return fail('This export was made by a newer version of Rebound. Please update Rebound, then import it again.');
  }
  if (typeof head.schemaVersion === 'number' && head.schemaVersion > options.schemaVersion) {
    return fail('This export was made by a newer version of Rebound. Please update Rebound, then import it again.');
  }
  const parsed = envelopeShape.safeParse(value);
  if (!parsed.success) {
    return fail('This Rebound export is damaged: its outer part (the list of tables) is missing or changed.');
  }
  if (!Array.isArray(parsed.data.tables.applications)) {
    return fail('This Rebound export is damaged: it has no list of applications.');
  }
  const known = new Set(options.tables.map((table) => table.name));
  const unknown = Object.keys(parsed.data.tables).find((name) => !known.has(name));
  if (unknown !== undefined) {
    return fail(
      `This export holds a kind of record (“${unknown}”) this version of Rebound does not know. ` +
        'It was probably made by a newer version: please update Rebound, then import it again.',
    );
  }
  return {
    ok: true,
    envelope: {
      format: EXPORT_FORMAT,
      formatVersion: EXPORT_FORMAT_VERSION,
      schemaVersion: parsed.data.schemaVersion,
      exportedAt: parsed.data.exportedAt,
      tables: parsed.data.tables,
      settings: parsed.data.settings ?? null,
    },
  };
}

/** Check every record of one table; the checked copies keep fields this code does not know. */
export function checkRecords(table: TableInfo, records: readonly unknown[]): CheckResult {
  const schema = RECORD_SCHEMAS[table.name] ?? genericRecordSchema(table.primaryKey, table.autoIncrement);
  const checked: Record<string, unknown>[] = new Array(records.length);
  for (let i = 0; i < records.length; i++) {
    const result = schema.safeParse(records[i]);
    if (!result.success) return fail(describeIssue(result.error.issues[0], records[i], table.name, i));
    checked[i] = result.data;
  }
  return { ok: true, records: checked };
}

/** From the file's text (and its size in bytes, known before reading) to an envelope whose records are still to check. */
export function readEnvelope(text: string, byteSize: number, options: ReadOptions): ReadResult {
  const tooBig = sizeProblem(byteSize, options.maxBytes);
  if (tooBig) return fail(tooBig);
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return fail('This file is empty, so there is nothing to import.');
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    if (looksTruncated(body, error)) {
      return fail(
        'This file looks cut off: it ends before the export is complete, perhaps because a download or copy did not ' +
          'finish. Please export again and import the new file.',
      );
    }
    if (looksLikeCsv(body)) {
      return fail(
        'This looks like a spreadsheet (CSV) file, not a Rebound export. To bring in a spreadsheet, use “Import from a spreadsheet”.',
      );
    }
    return fail(
      'This file is not a Rebound export: Rebound cannot read it as JSON. It may be damaged, or come from another app.',
    );
  }
  return checkEnvelope(value, options);
}
