/**
 * The popup's two numbers as last counted, kept in this extension page's localStorage. Counting is
 * exact but walks every matching record (about 40 ms at 10,000 applications), so the popup shows the
 * last known numbers at once and corrects them a moment later: it opens many times a day, and the
 * numbers rarely change between two opens.
 */
import type { SummaryCounts } from '../ui/counts';

/** One entry per database, so a test database (or a future profile) never shows another's numbers. */
const keyFor = (dbName: string) => `rebound:popup-counts:${dbName}`;

export function readLastCounts(
  dbName: string,
  storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage,
): SummaryCounts | null {
  try {
    const parsed = JSON.parse(storage?.getItem(keyFor(dbName)) ?? 'null') as Partial<SummaryCounts> | null;
    if (!parsed || typeof parsed.any !== 'boolean') return null;
    const count = (n: unknown) => (typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : null);
    const inFlight = count(parsed.inFlight);
    const appliedThisWeek = count(parsed.appliedThisWeek);
    return inFlight === null || appliedThisWeek === null ? null : { any: parsed.any, inFlight, appliedThisWeek };
  } catch {
    return null;
  }
}

export function saveLastCounts(
  dbName: string,
  counts: SummaryCounts,
  storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage,
): void {
  try {
    storage?.setItem(keyFor(dbName), JSON.stringify(counts));
  } catch {
    // Storage full or unavailable: the popup simply counts before showing next time.
  }
}
