/**
 * Numbers a page leads with, shown at once as last counted (src/ui/last-counts.ts) and counted afresh
 * a moment later, then remembered for the next open. Counting at 10,000 applications takes longer
 * than a page's whole first screen, so the count waits for `countAfter` (the popup: its first paint;
 * the pipeline: its first screen); with no `countAfter` it starts at once.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ReboundDb } from '../db/schema';
import { useLiveQuery } from './use-live-query';

export interface RememberedCounts<T> {
  read: (dbName: string) => T | null;
  save: (dbName: string, counts: T) => void;
  count: (db: ReboundDb) => Promise<T>;
}

export interface CountsState<T> {
  /** The fresh numbers, else the remembered ones, else null. */
  counts: T | null;
  /** Whether `counts` are the fresh ones. */
  fresh: boolean;
}

export function useRememberedCounts<T>(
  db: ReboundDb,
  { read, save, count }: RememberedCounts<T>,
  countAfter?: (cached: T | null) => Promise<void> | null,
): CountsState<T> {
  const cached = useMemo(() => read(db.name), [db]);
  const [wait] = useState(() => countAfter?.(cached) ?? null);
  const [counting, setCounting] = useState(wait === null);
  useEffect(() => {
    if (!wait) return;
    let live = true;
    void wait.then(() => live && setCounting(true));
    return () => {
      live = false;
    };
  }, [wait]);
  const fresh = useLiveQuery(() => (counting ? count(db) : undefined), [db, counting]);
  useEffect(() => {
    if (fresh) save(db.name, fresh);
  }, [fresh]);
  return { counts: fresh ?? cached, fresh: fresh !== undefined };
}
