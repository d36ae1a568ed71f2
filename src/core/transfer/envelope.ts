/**
 * The Rebound export file: a versioned envelope around every table of the database. `formatVersion`
 * is the shape of the envelope itself; `schemaVersion` is the database version the records were
 * written by (src/db/migrations), so a later release can tell how old the records are.
 */

export const EXPORT_FORMAT = 'rebound-export';
export const EXPORT_FORMAT_VERSION = 1;

export type ExportRecord = Record<string, unknown>;
export type ExportTables = Record<string, ExportRecord[]>;

export interface ExportEnvelope {
  format: typeof EXPORT_FORMAT;
  formatVersion: typeof EXPORT_FORMAT_VERSION;
  schemaVersion: number;
  /** ISO 8601, for people reading the file. */
  exportedAt: string;
  /** Every table in the database at export time, each as an array of its records. */
  tables: ExportTables;
  /** The user's settings as stored (null when none could be read). */
  settings: unknown;
}

/** What the importer needs to know of each table of the current database (from Dexie's schema). */
export interface TableInfo {
  name: string;
  primaryKey: string;
  /** Auto-incremented keys (timeline events): the store may give a record a new key. */
  autoIncrement: boolean;
  /** Unique indexes besides the key (one debrief per application). */
  unique: string[];
}

export function buildEnvelope(tables: ExportTables, schemaVersion: number, settings: unknown, now: number): ExportEnvelope {
  return {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    schemaVersion,
    exportedAt: new Date(now).toISOString(),
    tables,
    settings: settings ?? null,
  };
}

/** Compact JSON: a 10,000-application export is tens of megabytes; indenting adds a fifth. */
export function serializeEnvelope(envelope: ExportEnvelope): string {
  return JSON.stringify(envelope);
}

/** "rebound-2026-03-14.json" (local date). */
export function exportFileName(now: number, extension: 'json' | 'csv'): string {
  const d = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `rebound-${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}.${extension}`;
}
