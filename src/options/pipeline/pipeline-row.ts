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
  'tags',
  'excitement',
  'deadline',
  'resumeVersion',
] as const satisfies readonly (keyof Application)[];

/** The schema v4 details are optional on older records; a row always has them (toRow fills them in). */
export type PipelineRow = Required<Pick<Application, (typeof ROW_FIELDS)[number]>>;

/** Records from before schema v4 lack the details: one shared empty list rather than one per row. */
const NO_TAGS: string[] = [];

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
    tags: app.tags ?? NO_TAGS,
    excitement: app.excitement ?? null,
    deadline: app.deadline ?? null,
    resumeVersion: app.resumeVersion ?? '',
  };
}

/** Most recently updated first, as the updatedAt index reads in reverse (ties: higher id first). */
export function byRecentUpdate(a: PipelineRow, b: PipelineRow): number {
  return b.updatedAt - a.updatedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}
