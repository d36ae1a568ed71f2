/**
 * Numbers as last counted, kept in this extension's localStorage (its pages share it), one entry per
 * database so a test database never shows another's numbers. Counting is exact but walks every
 * matching record (a tenth of a second or more at 10,000 applications on a busy machine), so a page
 * shows the last known numbers at once and corrects them a moment later: they rarely change between
 * two opens.
 */
import type { PipelineCounts, SummaryCounts } from './counts';

/** The stored entry's whole-number fields, or null when it is missing or malformed. */
function readNumbers<K extends string>(key: string, fields: readonly K[], storage: Pick<Storage, 'getItem'> | undefined) {
  try {
    const parsed = JSON.parse(storage?.getItem(key) ?? 'null') as Record<string, unknown> | null;
    if (!parsed || typeof parsed !== 'object') return null;
    const out = {} as Record<K, number>;
    for (const field of fields) {
      const n = parsed[field];
      if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) return null;
      out[field] = n;
    }
    return { parsed, numbers: out };
  } catch {
    return null;
  }
}

function save(key: string, value: object, storage: Pick<Storage, 'setItem'> | undefined): void {
  try {
    storage?.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or unavailable: the page simply counts before showing next time.
  }
}

const popupKey = (dbName: string) => `rebound:popup-counts:${dbName}`;
const pipelineKey = (dbName: string) => `rebound:pipeline-counts:${dbName}`;

/** The popup's two numbers (and whether there is any application at all). */
export function readLastCounts(dbName: string, storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): SummaryCounts | null {
  const read = readNumbers(popupKey(dbName), ['inFlight', 'appliedThisWeek'] as const, storage);
  if (!read || typeof read.parsed.any !== 'boolean') return null;
  return { any: read.parsed.any, ...read.numbers };
}

export function saveLastCounts(dbName: string, counts: SummaryCounts, storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage): void {
  save(popupKey(dbName), counts, storage);
}

/** The options page's header numbers, whose total the pipeline also shows before it has counted. */
export function readLastPipelineCounts(
  dbName: string,
  storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage,
): PipelineCounts | null {
  return readNumbers(pipelineKey(dbName), ['total', 'inFlight', 'appliedThisWeek'] as const, storage)?.numbers ?? null;
}

export function saveLastPipelineCounts(
  dbName: string,
  counts: PipelineCounts,
  storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage,
): void {
  save(pipelineKey(dbName), counts, storage);
}
