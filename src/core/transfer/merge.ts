/**
 * Plan how an import merges into what is already stored, without writing anything: the caller
 * writes the plan in one transaction, table by table (createImportPlanner). Rules:
 *  - same key, both stored and imported → keep the one changed last (updatedAt); nothing doubles;
 *  - an application with another id but the same job (jobKey or canonical URL) as a stored one →
 *    merged into the stored one (its events, debrief and action items follow it);
 *  - a unique index hit (one debrief per application) → merged into the stored record the same way;
 *  - a timeline event identical to a stored one → skipped; otherwise it keeps its key when that key
 *    is free, or the store gives it a new one.
 * Records are only ever compared with what is STORED, never with each other: an export read into an
 * empty store comes back record for record, even if two of its applications share a URL.
 */
import type { ExportRecord, TableInfo } from './envelope';

export interface TablePlan {
  /** Records to put with their key (new, or replacing the stored one). */
  put: ExportRecord[];
  /** Records of auto-incremented tables to add under a new key. */
  add: ExportRecord[];
  added: number;
  updated: number;
  /** Merged into a stored record that was already as new or newer. */
  kept: number;
}

export type ImportPlan = Record<string, TablePlan>;

/** Fields holding the key of a record in another table: they follow merges of that table. */
const REFERENCES: Record<string, string> = {
  applicationId: 'applications',
  sourceApplicationId: 'applications',
  debriefId: 'debriefs',
};

const stamp = (record: ExportRecord): number => (typeof record.updatedAt === 'number' ? record.updatedAt : Number.NEGATIVE_INFINITY);
const isBlank = (value: unknown) => value === '' || value === null || value === undefined;

/** Keys compared as text, so 7 and "7" never collide by accident in a Map and both types work. */
const keyOf = (value: unknown) => `${typeof value}:${String(value)}`;

function stableKey(record: ExportRecord, omit: string): string {
  return JSON.stringify(
    Object.keys(record)
      .filter((key) => key !== omit && record[key] !== undefined)
      .sort()
      .map((key) => [key, record[key]]),
  );
}

function sameRecord(a: ExportRecord, b: ExportRecord): boolean {
  return stableKey(a, '') === stableKey(b, '');
}

/**
 * Two records of the same thing: the newer one wins, but a field it left empty keeps the other's
 * value, and "first seen" dates keep the earliest.
 */
function combine(stored: ExportRecord, incoming: ExportRecord, primaryKey: string): ExportRecord {
  const [older, newer] = stamp(incoming) > stamp(stored) ? [stored, incoming] : [incoming, stored];
  const result: ExportRecord = { ...older };
  for (const [key, value] of Object.entries(newer)) {
    if (!isBlank(value) || isBlank(result[key])) result[key] = value;
  }
  for (const key of ['createdAt', 'savedAt', 'appliedAt']) {
    const a = stored[key];
    const b = incoming[key];
    if (typeof a === 'number' && typeof b === 'number') result[key] = Math.min(a, b);
  }
  result[primaryKey] = stored[primaryKey];
  return result;
}

function emptyPlan(): TablePlan {
  return { put: [], add: [], added: 0, updated: 0, kept: 0 };
}

/** Applications first, debriefs before what points at them; the rest in the database's order. */
export function importOrder(tables: readonly TableInfo[]): TableInfo[] {
  const rank = (name: string) => (name === 'applications' ? 0 : name === 'debriefs' ? 1 : 2);
  return [...tables].sort((a, b) => rank(a.name) - rank(b.name));
}

/**
 * Plans table by table, in importOrder, so the caller can write one table while it checks and plans
 * the next. The planner remembers which imported keys were merged into stored ones, so the records
 * of later tables that point at them follow.
 */
export function createImportPlanner(): (info: TableInfo, stored: readonly ExportRecord[], records: readonly ExportRecord[]) => TablePlan {
  /** Per table: imported key → the stored key it was merged into. */
  const moved: Record<string, Map<string, unknown>> = {};

  return (info, existing, records) => {
    const pk = info.primaryKey;
    const tablePlan = emptyPlan();
    const movedHere = (moved[info.name] = new Map());
    const byKey = new Map(existing.map((record) => [keyOf(record[pk]), record]));
    // Secondary ways to find "the same thing" among stored records: unique indexes, and for
    // applications the dedupe keys the repository uses. None to look through in an empty store.
    const lookups = existing.length === 0 ? [] : info.name === 'applications' ? [...info.unique, 'jobKey', 'canonicalUrl'] : info.unique;
    const byIndex = lookups.map((field) => {
      const map = new Map<string, ExportRecord>();
      for (const record of existing) {
        const value = record[field];
        if (!isBlank(value) && !map.has(keyOf(value))) map.set(keyOf(value), record);
      }
      return { field, map };
    });
    const eventKeys = info.autoIncrement ? new Set(existing.map((record) => stableKey(record, pk))) : null;
    // Only references to a table that had merges can change: skip the others for every record.
    const references = Object.entries(REFERENCES).filter(([, table]) => (moved[table]?.size ?? 0) > 0);
    /** What this plan will write under each key, so a second copy in the file compares with it. */
    const planned = new Map<string, ExportRecord>();

    for (const original of records) {
      const record: ExportRecord = { ...original };
      for (const [field, table] of references) {
        const target = moved[table]!.get(keyOf(record[field]));
        if (target !== undefined) record[field] = target;
      }

      if (eventKeys) {
        // Serialising an event to compare it is worth it only when there are stored ones to compare with.
        if (eventKeys.size > 0 && eventKeys.has(stableKey(record, pk))) {
          tablePlan.kept += 1;
          continue;
        }
        const key = record[pk];
        const keyText = keyOf(key);
        if (key !== undefined && !byKey.has(keyText) && !planned.has(keyText)) {
          planned.set(keyText, record);
          tablePlan.put.push(record);
        } else {
          delete record[pk];
          tablePlan.add.push(record);
        }
        tablePlan.added += 1;
        continue;
      }

      const key = keyOf(record[pk]);
      const sameKey = planned.get(key) ?? byKey.get(key);
      if (sameKey) {
        if (stamp(record) > stamp(sameKey)) {
          planned.set(key, record);
          tablePlan.put.push(record);
          tablePlan.updated += 1;
        } else {
          tablePlan.kept += 1;
        }
        continue;
      }
      const twin = byIndex
        .map(({ field, map }) => (isBlank(record[field]) ? undefined : map.get(keyOf(record[field]))))
        .find((found) => found !== undefined);
      if (twin) {
        const target = planned.get(keyOf(twin[pk])) ?? twin;
        movedHere.set(key, twin[pk]);
        const merged = combine(target, record, pk);
        if (sameRecord(merged, target)) {
          tablePlan.kept += 1;
        } else {
          planned.set(keyOf(twin[pk]), merged);
          tablePlan.put.push(merged);
          tablePlan.updated += 1;
        }
        continue;
      }
      planned.set(key, record);
      tablePlan.put.push(record);
      tablePlan.added += 1;
    }
    return tablePlan;
  };
}
