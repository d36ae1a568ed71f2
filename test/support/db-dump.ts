/** Every record of every table, sorted by key: two dumps are equal only if the stores are. */
import { dumpTables } from '../../src/db/transfer';
import type { ReboundDb } from '../../src/db/schema';

export async function fullDump(db: ReboundDb): Promise<Record<string, unknown[]>> {
  const tables = await dumpTables(db);
  const sorted: Record<string, unknown[]> = {};
  for (const table of db.tables) {
    const key = String(table.schema.primKey.keyPath);
    sorted[table.name] = [...(tables[table.name] ?? [])].sort((a, b) => String(a[key]).localeCompare(String(b[key])));
  }
  return sorted;
}
