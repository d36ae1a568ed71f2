/**
 * Sorting the table by any column. The default (most recently updated first) is the order rows
 * already arrive in, so it costs nothing; any other sort is one in-memory sort of slim rows.
 */
import { STAGES } from '../../core/types';
import { boardLabel } from '../../ui/format';
import type { PipelineRow } from './pipeline-row';

export const SORT_KEYS = ['title', 'location', 'board', 'stage', 'appliedAt', 'updatedAt'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';
export interface Sort {
  key: SortKey;
  direction: SortDirection;
}

export const DEFAULT_SORT: Sort = { key: 'updatedAt', direction: 'descending' };

/** The direction a column sorts in first: dates newest first, words A to Z. */
export function firstDirection(key: SortKey): SortDirection {
  return key === 'appliedAt' || key === 'updatedAt' ? 'descending' : 'ascending';
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const stageOrder = new Map(STAGES.map((stage, index) => [stage, index]));

type Compare = (a: PipelineRow, b: PipelineRow) => number;

const COMPARE: Record<SortKey, Compare> = {
  title: (a, b) => collator.compare(a.title, b.title) || collator.compare(a.company, b.company),
  location: (a, b) => collator.compare(a.location, b.location),
  board: (a, b) => collator.compare(boardLabel(a.board), boardLabel(b.board)),
  stage: (a, b) => stageOrder.get(a.stage)! - stageOrder.get(b.stage)!,
  appliedAt: (a, b) => (a.appliedAt ?? 0) - (b.appliedAt ?? 0),
  updatedAt: (a, b) => a.updatedAt - b.updatedAt,
};

/** Rows with nothing to sort on (no location, not applied yet) go last either way. */
function isBlank(row: PipelineRow, key: SortKey): boolean {
  if (key === 'appliedAt') return row.appliedAt === null;
  if (key === 'location' || key === 'board' || key === 'title') return row[key].trim() === '';
  return false;
}

export function sortRows(rows: readonly PipelineRow[], sort: Sort): readonly PipelineRow[] {
  if (sort.key === DEFAULT_SORT.key && sort.direction === DEFAULT_SORT.direction) return rows;
  const compare = COMPARE[sort.key];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const blankA = isBlank(a, sort.key);
    const blankB = isBlank(b, sort.key);
    if (blankA !== blankB) return blankA ? 1 : -1;
    // Ties keep the most recently updated first.
    return sign * compare(a, b) || b.updatedAt - a.updatedAt;
  });
}
