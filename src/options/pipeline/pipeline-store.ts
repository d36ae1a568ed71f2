/**
 * The pipeline as slim rows, loaded so the first screen is quick at any size:
 *   1. one bounded, indexed read (the 100 most recently updated) gives the first screen at once, with
 *      the total as last counted: counting 10,000 records takes IndexedDB longer than the whole
 *      screen, so nothing is counted before it is painted;
 *   2. then a live query of the same head and the count starts, and the rest is read in the
 *      background in chunks by primary key, each chunk turned into slim rows straight away
 *      (descriptions are never kept) and the main thread given back between chunks, so typing stays
 *      responsive while it loads;
 *   3. afterwards the live query keeps the rows current: every write in the repository bumps
 *      updatedAt, so a changed or new record shows up in it; when the count no longer matches (a
 *      delete, an undo, an import) the primary keys are compared and only the difference is read.
 * Plain Dexie and callbacks, no Preact: the hook in use-pipeline.ts wraps it.
 */
import { liveQuery } from 'dexie';
import type { Application } from '../../core/types';
import type { ReboundDb } from '../../db/schema';
import { byRecentUpdate, toRow, type PipelineRow } from './pipeline-row';

export const HEAD_SIZE = 100;
export const CHUNK_SIZE = 500;

export interface PipelineSnapshot {
  /** Most recently updated first. Only the head until `complete`. */
  rows: PipelineRow[];
  /**
   * How many applications the store holds: counted, or as last counted (`lastTotal`) until then;
   * null before the first count when none is remembered and there are more than the first screen.
   */
  total: number | null;
  /** Every application is in `rows`. */
  complete: boolean;
  /**
   * Until complete: the oldest update time on the first screen. Every application updated at or after
   * it is already in `rows`, in its final order; older ones are still arriving, in no useful order.
   * null when nothing is still arriving (or the first screen held everything).
   */
  settledFrom: number | null;
}

export interface PipelineStoreOptions {
  onChange: (snapshot: PipelineSnapshot) => void;
  onError: (error: unknown) => void;
  /** Gives the main thread back between chunks; tests may pass an immediate one. */
  yieldToPage?: () => Promise<void>;
  /** Waits before the background load starts, so the first screen paints first. */
  afterFirstPaint?: () => Promise<void>;
  /** The total as last counted (src/ui/last-counts.ts), shown until the count comes. */
  lastTotal?: number | null;
}

const yieldTimeout = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
/** After the next frame has painted: a task queued from requestAnimationFrame (as Preact's effects). */
const afterNextPaint = () =>
  new Promise<void>((resolve) =>
    typeof requestAnimationFrame === 'function'
      ? requestAnimationFrame(() => setTimeout(resolve, 0))
      : setTimeout(resolve, 0),
  );

export function watchPipeline(db: ReboundDb, options: PipelineStoreOptions): () => void {
  const { onChange, onError, yieldToPage = yieldTimeout, afterFirstPaint = afterNextPaint, lastTotal = null } = options;
  const rows = new Map<string, PipelineRow>();
  let total: number | null = null;
  let complete = false;
  let settledFrom: number | null = null;
  let stopped = false;
  let maxSeen = Number.NEGATIVE_INFINITY;
  /** Reconciliations run one at a time, in order. */
  let queue: Promise<void> = Promise.resolve();

  const put = (row: PipelineRow) => {
    const existing = rows.get(row.id);
    // A chunk read before a newer write must not put back the older version.
    if (!existing || existing.updatedAt <= row.updatedAt) rows.set(row.id, row);
    if (row.updatedAt > maxSeen) maxSeen = row.updatedAt;
  };

  const publish = () => {
    if (stopped) return;
    onChange({ rows: [...rows.values()].sort(byRecentUpdate), total, complete, settledFrom: complete ? null : settledFrom });
  };

  async function loadRest(): Promise<void> {
    let after: string | undefined;
    for (;;) {
      const chunk: Application[] =
        after === undefined
          ? await db.applications.orderBy(':id').limit(CHUNK_SIZE).toArray()
          : await db.applications.where(':id').above(after).limit(CHUNK_SIZE).toArray();
      if (stopped) return;
      for (const app of chunk) put(toRow(app));
      if (chunk.length < CHUNK_SIZE) break;
      after = chunk[chunk.length - 1]!.id;
      await yieldToPage();
      if (stopped) return;
    }
    // Deletes and adds that happened while loading are settled in order with the live updates.
    queue = queue
      .then(async () => {
        complete = true;
        await reconcileKeys();
        publish();
      })
      .catch(onError);
  }

  /** Bring the key set in line with the store: drop deleted rows, read rows we have never seen. */
  async function reconcileKeys(): Promise<void> {
    const keys = (await db.applications.toCollection().primaryKeys()) as string[];
    if (stopped) return;
    const present = new Set(keys);
    for (const id of rows.keys()) if (!present.has(id)) rows.delete(id);
    const missing = keys.filter((id) => !rows.has(id));
    if (missing.length > 0) {
      const apps = await db.applications.bulkGet(missing);
      for (const app of apps) if (app) put(toRow(app));
    }
    total = keys.length;
  }

  async function onHead(head: Application[], count: number): Promise<void> {
    const previousMax = maxSeen;
    const full = head.length === HEAD_SIZE;
    for (const app of head) put(toRow(app));
    total = count;
    if (!complete) return publish();
    // More changed than the head shows (e.g. an import): read everything updated since we last looked.
    const oldest = head[head.length - 1];
    if (full && oldest && oldest.updatedAt > previousMax) {
      const fresh = await db.applications.where('updatedAt').above(previousMax).toArray();
      for (const app of fresh) put(toRow(app));
    }
    if (rows.size !== count) await reconcileKeys();
    publish();
  }

  const readHead = () => db.applications.orderBy('updatedAt').reverse().limit(HEAD_SIZE).toArray();

  async function firstScreen(): Promise<void> {
    const head = await readHead();
    if (stopped) return;
    for (const app of head) put(toRow(app));
    // A head that is not full is the whole store: its length is the count. A remembered total smaller
    // than the head is out of date (records were added behind this page's back): not shown.
    total = head.length < HEAD_SIZE ? head.length : lastTotal !== null && lastTotal >= head.length ? lastTotal : null;
    settledFrom = head.length < HEAD_SIZE ? null : head[head.length - 1]!.updatedAt;
    publish();
  }

  let subscription: { unsubscribe(): void } | undefined;
  function follow(): void {
    subscription = liveQuery(async () => {
      const [head, count] = await Promise.all([readHead(), db.applications.count()]);
      return { head, count };
    }).subscribe({
      next: ({ head, count }) => {
        queue = queue.then(() => onHead(head, count)).catch(onError);
      },
      error: onError,
    });
  }

  queue = firstScreen()
    // Counting and reading chunks of full records would otherwise land before the first paint.
    .then(afterFirstPaint)
    .then(() => {
      if (stopped) return;
      follow();
      // Not on the queue: live changes keep showing while the rest loads.
      loadRest().catch(onError);
    })
    .catch(onError);

  return () => {
    stopped = true;
    subscription?.unsubscribe();
  };
}
