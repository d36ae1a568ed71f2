/**
 * What the pipeline views keep in memory for each application: the fields they show, sort, filter and
 * search on, and nothing else. The description (often several kilobytes) stays in IndexedDB, so 10,000
 * rows cost a couple of megabytes rather than tens.
 */
import type { Application } from '../../core/types';

export const ROW_FIELDS = [
  'id',
  'title',
  'company',
  'location',
  'notes',
  'board',
  'stage',
  'savedAt',
  'appliedAt',
  'updatedAt',
] as const satisfies readonly (keyof Application)[];

export type PipelineRow = Pick<Application, (typeof ROW_FIELDS)[number]>;

export function toRow(app: Application): PipelineRow {
  return {
    id: app.id,
    title: app.title,
    company: app.company,
    location: app.location,
    notes: app.notes,
    board: app.board,
    stage: app.stage,
    savedAt: app.savedAt,
    appliedAt: app.appliedAt,
    updatedAt: app.updatedAt,
  };
}

/** Most recently updated first, as the updatedAt index reads in reverse (ties: higher id first). */
export function byRecentUpdate(a: PipelineRow, b: PipelineRow): number {
  return b.updatedAt - a.updatedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}
