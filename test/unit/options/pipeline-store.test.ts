import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Application } from '../../../src/core/types';
import { deleteApplication, restoreApplication, setStage } from '../../../src/db/repository';
import type { ReboundDb } from '../../../src/db/schema';
import { HEAD_SIZE, watchPipeline, type PipelineSnapshot } from '../../../src/options/pipeline/pipeline-store';
import { freshDb, waitFor } from '../ui/dom';

let db: ReboundDb;
let stop: (() => void) | undefined;
let snapshots: PipelineSnapshot[];

const COUNT = 1_234;

function record(i: number): Application {
  return {
    id: `app-${String(i).padStart(5, '0')}`,
    title: `Role ${i}`,
    company: `Company ${i % 50}`,
    location: '',
    workMode: null,
    salary: '',
    employmentType: '',
    board: i % 2 ? 'lever' : 'greenhouse',
    jobId: String(i),
    postingUrl: '',
    canonicalUrl: '',
    jobKey: '',
    description: 'A long description that must not be kept in memory. '.repeat(20),
    stage: 'applied',
    savedAt: i,
    appliedAt: i,
    notes: '',
    createdAt: i,
    // Updated order is not key order, so the head and the key chunks differ.
    updatedAt: 1_000_000 + ((i * 7919) % COUNT),
    contacts: [],
    interviews: [],
  };
}

beforeEach(async () => {
  db = freshDb();
  await db.applications.bulkAdd(Array.from({ length: COUNT }, (_, i) => record(i)));
  snapshots = [];
  stop = watchPipeline(db, { onChange: (s) => snapshots.push(s), onError: (e) => { throw e; } });
});
afterEach(async () => {
  stop?.();
  db.close();
  await db.delete();
});

const latest = () => snapshots[snapshots.length - 1]!;
const complete = () => waitFor(() => latest()?.complete && latest(), 'complete load');

describe('watchPipeline', () => {
  it('shows the newest 100 first, then every application as a slim row, newest first', async () => {
    await waitFor(() => snapshots.length > 0, 'first screen');
    const first = snapshots[0]!;
    expect(first.complete).toBe(false);
    // Nothing remembered: the first screen does not wait for a count, so the total is not known yet.
    expect(first.total).toBeNull();
    expect(first.rows).toHaveLength(HEAD_SIZE);
    await waitFor(() => latest().total === COUNT, 'the count');
    const all = await db.applications.orderBy('updatedAt').reverse().primaryKeys();
    expect(first.rows.map((r) => r.id)).toEqual(all.slice(0, HEAD_SIZE));

    // Everything updated since the first screen's oldest is there already, in its final order.
    expect(first.settledFrom).toBe(first.rows.at(-1)!.updatedAt);

    const done = await complete();
    expect(done.settledFrom).toBeNull();
    expect(done.rows.map((r) => r.id)).toEqual(all);
    expect(done.rows.filter((r) => r.updatedAt >= first.settledFrom!).map((r) => r.id)).toEqual(first.rows.map((r) => r.id));
    expect(done.rows.every((r) => !('description' in r) && !('contacts' in r))).toBe(true);
  });

  it('shows the total as last counted until it has counted afresh', async () => {
    stop?.();
    const seen: PipelineSnapshot[] = [];
    stop = watchPipeline(db, { onChange: (s) => seen.push(s), onError: (e) => { throw e; }, lastTotal: 1_200 });
    await waitFor(() => seen.length > 0, 'first screen');
    expect(seen[0]!.total).toBe(1_200);
    await waitFor(() => seen.at(-1)!.total === COUNT, 'the count');
  });

  it('knows the total from the first screen alone when the store holds fewer than it shows', async () => {
    stop?.();
    await db.applications.where('id').aboveOrEqual('app-00040').delete();
    const seen: PipelineSnapshot[] = [];
    stop = watchPipeline(db, { onChange: (s) => seen.push(s), onError: (e) => { throw e; }, lastTotal: 1_200 });
    await waitFor(() => seen.length > 0, 'first screen');
    expect(seen[0]!.total).toBe(40);
    expect(seen[0]!.rows).toHaveLength(40);
    expect(seen[0]!.settledFrom).toBeNull();
  });

  it('follows stage changes, deletes, undo and many updates at once after loading', async () => {
    await complete();
    const old = 'app-00003';
    await setStage(db, old, 'interviewing', 'options', 5_000_000);
    await waitFor(() => latest().rows[0]?.id === old && latest().rows[0]?.stage === 'interviewing', 'stage change');

    const deleted = await deleteApplication(db, 'app-00010');
    await waitFor(() => latest().rows.length === COUNT - 1 && latest().total === COUNT - 1, 'delete');
    expect(latest().rows.some((r) => r.id === 'app-00010')).toBe(false);

    await restoreApplication(db, deleted!);
    await waitFor(() => latest().rows.some((r) => r.id === 'app-00010'), 'undo');
    expect(latest().rows).toHaveLength(COUNT);

    // An import-sized change: 300 records updated together, more than the live head shows.
    await db.applications
      .where('id')
      .below('app-00300')
      .modify((app) => {
        app.notes = 'imported note';
        app.updatedAt = 6_000_000;
      });
    await waitFor(() => latest().rows.filter((r) => r.notes === 'imported note').length === 300, 'bulk update');
    expect(latest().rows).toHaveLength(COUNT);
  });
});
