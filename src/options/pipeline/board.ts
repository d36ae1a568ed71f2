/** The board's pure parts: columns by stage, keyboard moves, and what to announce after a move. */
import { CLOSED, STAGE_LABELS } from '../../core/stages';
import { STAGES, type Stage } from '../../core/types';
import type { PipelineRow } from './pipeline-row';

/** Rows grouped by stage, one column per stage in pipeline order, each column keeping the rows' order. */
export function boardColumns<T extends Pick<PipelineRow, 'stage'>>(
  rows: readonly T[],
): { stage: Stage; rows: T[] }[] {
  const byStage = new Map<Stage, T[]>(STAGES.map((stage) => [stage, []]));
  for (const row of rows) byStage.get(row.stage)?.push(row);
  return STAGES.map((stage) => ({ stage, rows: byStage.get(stage)! }));
}

/** Stages that get a column of their own; the closed ones share one compact column of groups. */
export const OPEN_STAGES: readonly Stage[] = STAGES.filter((stage) => !CLOSED.has(stage));
export const CLOSED_STAGES: readonly Stage[] = STAGES.filter((stage) => CLOSED.has(stage));

/**
 * Where an arrow key moves a card: ← to the previous stage's column, → to the next one; null at either
 * end of the board or for any other key.
 */
export function stageForKey(stage: Stage, key: string): Stage | null {
  const index = STAGES.indexOf(stage);
  if (key === 'ArrowLeft') return index > 0 ? STAGES[index - 1]! : null;
  if (key === 'ArrowRight') return index < STAGES.length - 1 ? STAGES[index + 1]! : null;
  return null;
}

export function jobName(row: Pick<PipelineRow, 'title' | 'company'>): string {
  const title = row.title || 'Untitled job';
  return row.company ? `${title} at ${row.company}` : title;
}

/** The sentence the live region reads after a move. */
export function moveAnnouncement(row: Pick<PipelineRow, 'title' | 'company'>, to: Stage): string {
  return `Moved ${jobName(row)} to ${STAGE_LABELS[to]}.`;
}
