/**
 * The pipeline as a board: a column per open stage, and one compact "Closed" column whose groups
 * (accepted, rejected, withdrawn, no response) open on demand, so every stage fits a 1920 px window. A card moves by drag and drop, by ← / → while its
 * title has focus, or with its "Move to" menu; every move goes through setStage and is announced.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Stage } from '../../core/types';
import { setStage } from '../../db/repository';
import { useDb } from '../../ui/db-context';
import { useFirstScreenLimit } from '../../ui/first-render';
import { OfferDebrief } from '../../ui/OfferDebrief';
import { boardColumns, CLOSED_STAGES, jobName, moveAnnouncement, OPEN_STAGES, stageForKey } from './board';
import type { PipelineRow } from './pipeline-row';
import { ScrollCue } from './ScrollCue';
import { COLUMN_LIMIT, ColumnCount, StageColumn } from './StageColumn';


interface Props {
  rows: readonly PipelineRow[];
  /**
   * While the pipeline loads (see PipelineSnapshot.settledFrom): only cards updated since then are
   * shown, since those are each column's newest in their final order; the older ones come in below
   * them when the load completes, instead of reshuffling the columns as chunks arrive.
   */
  settledFrom?: number | null;
}

/** Cards a column shows on the first paint (more than a tall window fits); the rest follow a frame later. */
const FIRST_SCREEN_CARDS = 8;

/** How long focus follows a card moved by keyboard through the re-renders after the move. */
const FOLLOW_FOCUS_MS = 3000;

export function BoardView({ rows: all, settledFrom = null }: Props) {
  const db = useDb();
  /** Moves written but not yet seen back from the store: the card jumps at once, not a beat later. */
  const [pending, setPending] = useState<ReadonlyMap<string, Stage>>(new Map());
  const [announcement, setAnnouncement] = useState<{ text: string; rejected?: PipelineRow } | null>(null);
  const [limits, setLimits] = useState<Partial<Record<Stage, number>>>({});
  const [dropTarget, setDropTarget] = useState<Stage | null>(null);
  /** The card moved by keyboard, followed through the re-renders that come after a move. */
  const focusAfterMove = useRef<{ id: string; until: number } | null>(null);
  const boardRef = useRef<HTMLDivElement>(null);
  const firstScreen = useFirstScreenLimit(FIRST_SCREEN_CARDS, Number.POSITIVE_INFINITY);
  const loading = settledFrom !== null;
  const rows = useMemo(() => (loading ? all.filter((row) => row.updatedAt >= settledFrom) : all), [all, settledFrom]);

  const shown = useMemo(
    () =>
      pending.size === 0
        ? rows
        : rows.map((row) => (pending.has(row.id) ? { ...row, stage: pending.get(row.id)! } : row)),
    [rows, pending],
  );
  const columns = useMemo(() => new Map(boardColumns(shown).map((column) => [column.stage, column.rows])), [shown]);
  /** Closed-stage groups the person opened (or a card was moved into). */
  const [opened, setOpened] = useState<ReadonlySet<Stage>>(new Set());
  const toggleGroup = (stage: Stage) =>
    setOpened((current) => {
      const next = new Set(current);
      if (!next.delete(stage)) next.add(stage);
      return next;
    });

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
    if (CLOSED_STAGES.includes(to)) setOpened((current) => new Set(current).add(to));
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
    event.stopPropagation(); // the board itself scrolls with arrows; a card's arrows move the card
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

  const stageColumn = (stage: Stage, cards: readonly PipelineRow[], group: boolean) => (
    <StageColumn
      key={stage}
      stage={stage}
      cards={cards}
      limit={Math.min(limits[stage] ?? COLUMN_LIMIT, firstScreen)}
      onMore={() => setLimits({ ...limits, [stage]: (limits[stage] ?? COLUMN_LIMIT) + COLUMN_LIMIT })}
      loading={loading}
      expanded={group ? opened.has(stage) : undefined}
      onToggle={() => toggleGroup(stage)}
      dropTarget={dropTarget === stage}
      onDragTarget={(over) => setDropTarget(over ? stage : null)}
      onDropId={(id) => {
        const row = byId.get(id);
        if (row) move(row, stage, false);
      }}
      onCardKey={(row) => onCardKey(row, stage)}
      onMove={(row, to) => move(row, to, true)}
    />
  );
  const closedCount = CLOSED_STAGES.reduce((sum, stage) => sum + (columns.get(stage)?.length ?? 0), 0);

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
      <ScrollCue target={boardRef} />
      <div
        class="board"
        ref={boardRef}
        data-testid="board"
        tabIndex={0}
        role="region"
        aria-label="Board: one column per stage. When it is wider than the window, scroll it sideways with the arrow keys."
      >
        {OPEN_STAGES.map((stage) => stageColumn(stage, columns.get(stage) ?? [], false))}
        <section class="board-column board-column--closed" aria-labelledby="board-col-closed" data-testid="closed-column">
          <h2 class="board-column__head" id="board-col-closed">
            Closed
            <ColumnCount count={closedCount} loading={loading} />
          </h2>
          {CLOSED_STAGES.map((stage) => stageColumn(stage, columns.get(stage) ?? [], true))}
        </section>
      </div>
    </div>
  );
}
