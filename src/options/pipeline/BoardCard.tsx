/** One card on the board: its title (a link, and the handle for ← / →), company, and "Move to" menu. */
import { STAGE_LABELS } from '../../core/stages';
import { STAGES, type Stage } from '../../core/types';
import { boardLabel, formatDay } from '../../ui/format';
import { jobName } from './board';
import { href, paths } from '../nav';
import type { PipelineRow } from './pipeline-row';

export const DRAG_TYPE = 'application/x-rebound-id';

interface Props {
  row: PipelineRow;
  stage: Stage;
  onKeyDown: (event: KeyboardEvent) => void;
  onMove: (to: Stage) => void;
  onDragEnd: () => void;
}

export function BoardCard({ row, stage, onKeyDown, onMove, onDragEnd }: Props) {
  return (
    <li
      class="board-card"
      data-card-id={row.id}
      draggable
      onDragStart={(event) => {
        event.dataTransfer?.setData(DRAG_TYPE, row.id);
        event.dataTransfer?.setData('text/plain', row.title || 'Untitled job');
        if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
      }}
      onDragEnd={onDragEnd}
      onKeyDown={onKeyDown}
    >
      <a class="board-card__title" href={href(paths.application(row.id))} aria-describedby="board-help">
        {row.title || 'Untitled job'}
      </a>
      {row.company ? <span class="board-card__company">{row.company}</span> : null}
      <span class="board-card__meta">
        {[row.board ? boardLabel(row.board) : '', formatDay(row.updatedAt)].filter(Boolean).join(' · ')}
      </span>
      <div class="board-card__move">
        <span aria-hidden="true">Move to</span>
        <select
          class="input select board-card__select"
          aria-label={`Move to: ${jobName(row)}`}
          value={stage}
          onChange={(event) => onMove((event.currentTarget as HTMLSelectElement).value as Stage)}
        >
          {STAGES.map((s) => (
            <option key={s} value={s}>
              {STAGE_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
    </li>
  );
}
