/**
 * One stage on the board: its heading and count, its cards (COLUMN_LIMIT at a time) and a drop
 * target. Open stages are full columns; closed stages are groups in the shared "Closed" column,
 * folded to one line until opened (a card moved into one opens it, so it stays in sight).
 */
import { STAGE_LABELS } from '../../core/stages';
import type { Stage } from '../../core/types';
import type { PipelineRow } from './pipeline-row';
import { BoardCard, DRAG_TYPE } from './BoardCard';

/** Cards shown per column before "Show more": a column of 3,000 cards helps nobody and costs a lot. */
export const COLUMN_LIMIT = 30;

interface Props {
  stage: Stage;
  cards: readonly PipelineRow[];
  limit: number;
  onMore: () => void;
  /** The pipeline is still loading: the count is not known and an empty column may not be empty. */
  loading?: boolean;
  /** Closed-stage groups fold; open columns are always open (undefined). */
  expanded?: boolean;
  onToggle?: () => void;
  dropTarget: boolean;
  onDragTarget: (over: boolean) => void;
  onDropId: (id: string) => void;
  onCardKey: (row: PipelineRow) => (event: KeyboardEvent) => void;
  onMove: (row: PipelineRow, to: Stage) => void;
}

export function StageColumn(props: Props) {
  const { stage, cards, limit, expanded } = props;
  const group = expanded !== undefined;
  const visible = expanded === false ? [] : cards.slice(0, limit);
  const headingId = `board-col-${stage}`;
  const Heading = group ? 'h3' : 'h2';
  const count = <ColumnCount count={cards.length} loading={props.loading} />;
  return (
    <section
      class={`board-column board-column--${stage}${group ? ' board-group' : ''}${props.dropTarget ? ' board-column--drop' : ''}`}
      aria-labelledby={headingId}
      data-stage={stage}
      onDragOver={(event) => {
        if (!event.dataTransfer?.types.includes(DRAG_TYPE)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        if (!props.dropTarget) props.onDragTarget(true);
      }}
      onDragLeave={(event) => {
        const to = event.relatedTarget as Node | null;
        if (!to || !(event.currentTarget as HTMLElement).contains(to)) props.onDragTarget(false);
      }}
      onDrop={(event) => {
        event.preventDefault();
        props.onDragTarget(false);
        props.onDropId(event.dataTransfer?.getData(DRAG_TYPE) ?? '');
      }}
    >
      <Heading class="board-column__head" id={headingId}>
        {group ? (
          <button type="button" class="board-group__toggle" aria-expanded={expanded} onClick={props.onToggle}>
            <span class={`board-column__dot pill--${stage}`} aria-hidden="true" />
            {STAGE_LABELS[stage]}
            {count}
            <span class="board-group__chevron" aria-hidden="true">
              {expanded ? '▾' : '▸'}
            </span>
          </button>
        ) : (
          <>
            <span class={`board-column__dot pill--${stage}`} aria-hidden="true" />
            {STAGE_LABELS[stage]}
            {count}
          </>
        )}
      </Heading>
      {expanded === false ? null : cards.length === 0 ? (
        <p class="board-column__empty">{props.loading ? 'Gathering…' : 'Nothing here right now'}</p>
      ) : (
        <ul class="board-column__cards">
          {visible.map((row) => (
            <BoardCard
              key={row.id}
              row={row}
              stage={stage}
              onKeyDown={props.onCardKey(row)}
              onMove={(to) => props.onMove(row, to)}
              onDragEnd={() => props.onDragTarget(false)}
            />
          ))}
        </ul>
      )}
      {expanded !== false && !props.loading && cards.length > visible.length ? (
        <button type="button" class="button button--ghost board-column__more" onClick={props.onMore}>
          Show {Math.min(COLUMN_LIMIT, cards.length - visible.length).toLocaleString()} more
          <span class="visually-hidden"> in {STAGE_LABELS[stage]}</span>
        </button>
      ) : null}
    </section>
  );
}

/** A column's number of cards; while the pipeline loads, a quiet placeholder instead of a count that climbs. */
export function ColumnCount({ count, loading }: { count: number; loading?: boolean }) {
  return (
    <span class="board-column__count">
      <span class="visually-hidden">: </span>
      {loading ? (
        <>
          <span aria-hidden="true">…</span>
          <span class="visually-hidden">still counting</span>
        </>
      ) : (
        count.toLocaleString()
      )}
    </span>
  );
}
