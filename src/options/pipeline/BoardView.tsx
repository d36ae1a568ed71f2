/**
 * The pipeline as a board: a column per stage. A card moves by drag and drop, by ← / → while its
 * title has focus, or with its "Move to" menu; every move goes through setStage and is announced.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { STAGE_LABELS } from '../../core/stages';
import { STAGES, type Stage } from '../../core/types';
import { setStage } from '../../db/repository';
import { useDb } from '../../ui/db-context';
import { boardLabel, formatDay } from '../../ui/format';
import { OfferDebrief } from '../../ui/OfferDebrief';
import { boardColumns, jobName, moveAnnouncement, stageForKey } from './board';
import { href, paths } from '../nav';
import type { PipelineRow } from './pipeline-row';

/** Cards shown per column before "Show more": a column of 3,000 cards helps nobody and costs a lot. */
export const COLUMN_LIMIT = 30;
const DRAG_TYPE = 'application/x-rebound-id';

interface Props {
  rows: readonly PipelineRow[];
}

/** How long focus follows a card moved by keyboard through the re-renders after the move. */
const FOLLOW_FOCUS_MS = 3000;

export function BoardView({ rows }: Props) {
  const db = useDb();
  /** Moves written but not yet seen back from the store: the card jumps at once, not a beat later. */
  const [pending, setPending] = useState<ReadonlyMap<string, Stage>>(new Map());
  const [announcement, setAnnouncement] = useState<{ text: string; rejected?: PipelineRow } | null>(null);
  const [limits, setLimits] = useState<Partial<Record<Stage, number>>>({});
  const [dropTarget, setDropTarget] = useState<Stage | null>(null);
  /** The card moved by keyboard, followed through the re-renders that come after a move. */
  const focusAfterMove = useRef<{ id: string; until: number } | null>(null);
  const boardRef = useRef<HTMLDivElement>(null);

  const shown = useMemo(
    () =>
      pending.size === 0
        ? rows
        : rows.map((row) => (pending.has(row.id) ? { ...row, stage: pending.get(row.id)! } : row)),
    [rows, pending],
  );
  const columns = useMemo(() => boardColumns(shown), [shown]);

  // Forget pending moves once the store shows them.
  useEffect(() => {
    if (pending.size === 0) return;
    const settled = rows.filter((row) => pending.get(row.id) === row.stage);
    if (settled.length === 0) return;
    const next = new Map(pending);
    for (const row of settled) next.delete(row.id);
    setPending(next);
  }, [rows]);

  // Keep keyboard focus on a card that moved, in its new column. The store's update (and the full
  // pipeline arriving) re-render the board after the move and can reorder the card, and moving a
  // focused node drops its focus: so for a short while, any render that leaves focus nowhere puts it
  // back on the card. Focus the person moved elsewhere is left alone.
  useEffect(() => {
    const target = focusAfterMove.current;
    if (!target) return;
    if (Date.now() > target.until) {
      focusAfterMove.current = null;
      return;
    }
    const link = boardRef.current?.querySelector<HTMLElement>(
      `[data-card-id="${CSS.escape(target.id)}"] .board-card__title`,
    );
    const lost = document.activeElement === document.body || document.activeElement === null;
    if (link && document.activeElement !== link && (lost || pending.has(target.id))) link.focus();
  });

  const move = (row: PipelineRow, to: Stage, keepFocus: boolean) => {
    const from = pending.get(row.id) ?? row.stage;
    if (from === to) return;
    setPending((current) => new Map(current).set(row.id, to));
    if (keepFocus) focusAfterMove.current = { id: row.id, until: Date.now() + FOLLOW_FOCUS_MS };
    // A moved card goes to the top of its column: make sure that top is shown.
    setAnnouncement({ text: moveAnnouncement(row, to), rejected: to === 'rejected' ? row : undefined });
    setStage(db, row.id, to, 'options').catch(() => {
      setPending((current) => {
        const next = new Map(current);
        next.delete(row.id);
        return next;
      });
      setAnnouncement({
        text: `${jobName(row)} couldn’t be moved just now. Nothing was lost — please try again.`,
      });
    });
  };

  const onCardKey = (row: PipelineRow, stage: Stage) => (event: KeyboardEvent) => {
    if ((event.target as Element).closest('select')) return; // the Move menu uses arrows itself
    if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      const card = (event.currentTarget as HTMLElement).closest('li');
      const sibling = event.key === 'ArrowUp' ? card?.previousElementSibling : card?.nextElementSibling;
      const link = sibling?.querySelector<HTMLElement>('.board-card__title');
      if (link) {
        event.preventDefault();
        link.focus();
      }
      return;
    }
    const to = stageForKey(stage, event.key);
    if (!to || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    move(row, to, true);
  };

  const byId = useMemo(() => new Map(shown.map((row) => [row.id, row])), [shown]);

  return (
    <div class="board-wrap">
      <p class="board-help muted" id="board-help">
        Drag a card to another column, or focus a job’s title and press ← or → to move it one stage. Each card
        also has a “Move to” menu.
      </p>
      <div class="board-announce" role="status" aria-live="polite" data-testid="board-announcement">
        {announcement?.text ?? ''}
      </div>
      {announcement?.rejected ? (
        <OfferDebrief
          compact
          applicationId={announcement.rejected.id}
          company={announcement.rejected.company}
          onLater={() => setAnnouncement(null)}
        />
      ) : null}
      <div class="board" ref={boardRef} data-testid="board">
        {columns.map(({ stage, rows: cards }) => {
          const limit = limits[stage] ?? COLUMN_LIMIT;
          const visible = cards.slice(0, limit);
          const headingId = `board-col-${stage}`;
          return (
            <section
              key={stage}
              class={`board-column board-column--${stage}${dropTarget === stage ? ' board-column--drop' : ''}`}
              aria-labelledby={headingId}
              data-stage={stage}
              onDragOver={(event) => {
                if (!event.dataTransfer?.types.includes(DRAG_TYPE)) return;
                event.preventDefault();
                event.dataTransfer.dropEffect = 'move';
                if (dropTarget !== stage) setDropTarget(stage);
              }}
              onDragLeave={(event) => {
                const to = event.relatedTarget as Node | null;
                if (!to || !(event.currentTarget as HTMLElement).contains(to)) setDropTarget(null);
              }}
              onDrop={(event) => {
                event.preventDefault();
                setDropTarget(null);
                const row = byId.get(event.dataTransfer?.getData(DRAG_TYPE) ?? '');
                if (row) move(row, stage, false);
              }}
            >
              <h2 class="board-column__head" id={headingId}>
                <span class={`board-column__dot pill--${stage}`} aria-hidden="true" />
                {STAGE_LABELS[stage]}
                <span class="board-column__count">
                  <span class="visually-hidden">: </span>
                  {cards.length.toLocaleString()}
                </span>
              </h2>
              {cards.length === 0 ? (
                <p class="board-column__empty">Nothing here right now</p>
              ) : (
                <ul class="board-column__cards">
                  {visible.map((row) => (
                    <li
                      key={row.id}
                      class="board-card"
                      data-card-id={row.id}
                      draggable
                      onDragStart={(event) => {
                        event.dataTransfer?.setData(DRAG_TYPE, row.id);
                        event.dataTransfer?.setData('text/plain', row.title || 'Untitled job');
                        if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
                      }}
                      onDragEnd={() => setDropTarget(null)}
                      onKeyDown={onCardKey(row, stage)}
                    >
                      <a
                        class="board-card__title"
                        href={href(paths.application(row.id))}
                        aria-describedby="board-help"
                      >
                        {row.title || 'Untitled job'}
                      </a>
                      {row.company ? <span class="board-card__company">{row.company}</span> : null}
                      <span class="board-card__meta">
                        {[row.board ? boardLabel(row.board) : '', formatDay(row.updatedAt)]
                          .filter(Boolean)
                          .join(' · ')}
                      </span>
                      <div class="board-card__move">
                        <span aria-hidden="true">Move to</span>
                        <select
                          class="input select board-card__select"
                          aria-label={`Move to: ${jobName(row)}`}
                          value={stage}
                          onChange={(event) =>
                            move(row, (event.currentTarget as HTMLSelectElement).value as Stage, true)
                          }
                        >
                          {STAGES.map((s) => (
                            <option key={s} value={s}>
                              {STAGE_LABELS[s]}
                            </option>
                          ))}
                        </select>
                      </div>
                    </li>
                  ))}
                </ul>
              )}
              {cards.length > visible.length ? (
                <button
                  type="button"
                  class="button button--ghost board-column__more"
                  onClick={() => setLimits({ ...limits, [stage]: limit + COLUMN_LIMIT })}
                >
                  Show {Math.min(COLUMN_LIMIT, cards.length - visible.length).toLocaleString()} more
                  <span class="visually-hidden"> in {STAGE_LABELS[stage]}</span>
                </button>
              ) : null}
            </section>
          );
        })}
      </div>
    </div>
  );
}
