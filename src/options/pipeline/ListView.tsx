/**
 * The whole pipeline, as a table or a board, with one set of search and filters. The first screen
 * comes from a bounded indexed query and the rest loads in the background (src/options/pipeline/pipeline-store.ts),
 * so it opens at once at 10,000 applications. Deep links (#/list?stage=… or ?ids=…, see list-query.ts)
 * start it with their filter; the router re-creates the view when the hash changes, so reading the
 * query once is enough.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useDb } from '../../ui/db-context';
import { markFirstRender, markOnce, PIPELINE_COMPLETE_MARK, useFirstScreenLimit } from '../../ui/first-render';
import { plural } from '../../ui/format';
import { Logo } from '../../ui/Logo';
import { useDebounced } from '../../ui/use-debounced';
import { useSessionState } from '../../ui/use-session-state';
import { CLOSED } from '../../core/stages';
import { tagsIn } from '../../core/job-details';
import {
  boardsIn,
  filterApplications,
  hasFilters,
  NO_FILTERS,
  resumeVersionsIn,
  type Filters,
} from './filter';
import { ClosedHiddenNote } from './ClosedHiddenNote';
import { UpcomingCard } from './UpcomingCard';
import { DEFAULT_SORT, sortRows, type Sort } from './sort';
import { filtersFromQuery, onlyIds, parseListQuery } from './list-query';
import { currentQuery, href, navigate, paths } from '../nav';
import { usePipeline } from './use-pipeline';
import { useHideClosed, useViewChoice, type PipelineLayout } from './use-view-choice';
import { BoardView } from './BoardView';
import { ChosenApplicationsNote } from './ChosenApplicationsNote';
import { FilterBar } from './FilterBar';
import { PipelineTable } from './PipelineTable';
import './pipeline.css';

export const PAGE_SIZE = 100;
/** Rows on the first paint: more than a 1920×1080 window shows; the rest of the page follows a frame later. */
export const FIRST_SCREEN_ROWS = 25;
export const SEARCH_DEBOUNCE_MS = 100;

const LAYOUTS: { id: PipelineLayout; label: string }[] = [
  { id: 'table', label: 'Table' },
  { id: 'board', label: 'Board' },
];

export function ListView() {
  const db = useDb();
  const { snapshot, error } = usePipeline(db);
  const [query] = useState(() => parseListQuery(currentQuery()));
  const [filters, setFilters] = useSessionState<Filters>(
    'rebound:pipeline-filters',
    NO_FILTERS,
    filtersFromQuery(query),
  );
  const [layout, setLayout] = useViewChoice();
  const [hideClosed, setHideClosed] = useHideClosed();
  const [sort, setSort] = useSessionState<Sort>('rebound:pipeline-sort', DEFAULT_SORT);
  const text = useDebounced(filters.text, SEARCH_DEBOUNCE_MS);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const rendered = useFirstScreenLimit(FIRST_SCREEN_ROWS, limit);

  const rows = snapshot?.rows;
  const applied = useMemo(
    () => ({ ...filters, text }),
    [
      filters.stage,
      filters.board,
      filters.dateField,
      filters.from,
      filters.to,
      filters.tag,
      filters.minExcitement,
      filters.resumeVersion,
      text,
    ],
  );
  /** The applications a link named (all of them when it named none). */
  const chosen = useMemo(() => (rows ? onlyIds(rows, query.ids) : []), [rows, query]);
  const matching = useMemo(() => filterApplications(chosen, applied), [chosen, applied]);
  // A filter asking for a closed stage shows it even while closed ones are hidden.
  const hiding = hideClosed && !CLOSED.has(applied.stage as never);
  const shown = useMemo(
    () => (hiding ? matching.filter((row) => !CLOSED.has(row.stage)) : matching),
    [matching, hiding],
  );
  const hiddenCount = matching.length - shown.length;
  const sorted = useMemo(() => sortRows(shown, sort), [shown, sort]);
  const boards = useMemo(() => (rows ? boardsIn(rows) : []), [rows]);
  const tags = useMemo(() => (rows ? tagsIn(rows) : []), [rows]);
  const resumeVersions = useMemo(() => (rows ? resumeVersionsIn(rows) : []), [rows]);
  useEffect(() => setLimit(PAGE_SIZE), [applied]);

  useEffect(() => {
    document.title = 'Your pipeline · Rebound';
  }, []);
  useEffect(() => {
    if (snapshot) markFirstRender();
  }, [snapshot !== undefined]);
  useEffect(() => {
    if (snapshot?.complete) markOnce(PIPELINE_COMPLETE_MARK);
  }, [snapshot?.complete]);

  if (error) {
    return (
      <div class="card empty-state">
        <h1 tabIndex={-1}>Your pipeline couldn’t be opened</h1>
        <p class="muted">
          Nothing is lost — please reload this page. If it keeps happening, restart the browser.
        </p>
      </div>
    );
  }
  if (!snapshot) return <p class="muted loading">Opening your pipeline…</p>;

  if (snapshot.total === 0 && snapshot.rows.length === 0) {
    return (
      <div class="card empty-state">
        <Logo size={48} />
        <h1 tabIndex={-1}>Your pipeline is empty for now</h1>
        <p>
          Open a job posting and press <strong>Save</strong> in the Rebound toolbar button. Rebound keeps
          every job here, only on this computer — and when you apply, it notices and records it for you.
        </p>
        <a class="button" href={href(paths.addJob())}>
          Add a job by hand
        </a>
      </div>
    );
  }

  const update = (patch: Partial<Filters>) => setFilters({ ...filters, ...patch });
  const filtering = hasFilters(applied) || query.ids !== undefined || hiding;
  const showAll = () => navigate(paths.list());
  const { complete } = snapshot;
  // Before the first count, with none remembered, the first screen is all that is known.
  const total = Math.max(snapshot.total ?? 0, shown.length);
  const counted = snapshot.total !== null;
  // Before the background load finishes, the unfiltered table still knows how many there are.
  const available = filtering || complete ? shown.length : total;
  const visible = sorted.slice(0, limit);
  const remaining = available - visible.length;

  return (
    <div class="list-view" data-complete={complete ? 'true' : 'false'}>
      <div class="list-view__head">
        <h1 tabIndex={-1}>Your pipeline</h1>
        <a class="button list-view__add" href={href(paths.addJob())}>
          + Add a job
        </a>
        <div class="view-switch" role="group" aria-label="Show as">
          {LAYOUTS.map(({ id, label }) => (
            <button
              key={id}
              type="button"
              class="view-switch__button"
              aria-pressed={layout === id}
              onClick={() => setLayout(id)}
            >
              {label}
            </button>
          ))}
        </div>
      </div>
      <UpcomingCard />
      {query.ids ? <ChosenApplicationsNote rows={chosen} complete={complete} onDismiss={showAll} /> : null}
      <FilterBar
        filters={filters}
        boards={boards}
        tags={tags}
        resumeVersions={resumeVersions}
        onChange={update}
      />
      <div class="list-view__options">
        <p class="result-count" role="status" data-testid="result-count">
          {filtering
            ? `${plural(shown.length, 'application')} match${shown.length === 1 ? 'es' : ''}${complete ? '' : ' so far'}`
            : counted
              ? plural(total, 'application')
              : `${total.toLocaleString()}+ applications`}
          {layout === 'table' && remaining > 0
            ? ` · showing the first ${visible.length.toLocaleString()}`
            : ''}
          {complete ? '' : ' · still gathering older ones…'}
        </p>
        <label class="check">
          <input
            type="checkbox"
            checked={hideClosed}
            onChange={(event) => setHideClosed((event.currentTarget as HTMLInputElement).checked)}
          />
          Hide closed applications
        </label>
        {hiding ? <ClosedHiddenNote hidden={hiddenCount} onShow={() => setHideClosed(false)} /> : null}
      </div>

      {shown.length === 0 && (filtering || complete) ? (
        <div class="card empty-state empty-state--small">
          <p>
            {complete
              ? 'Nothing matches these filters.'
              : 'Nothing matches yet — still looking through older ones.'}
          </p>
          <button
            type="button"
            class="button"
            onClick={() => {
              setFilters(NO_FILTERS);
              if (query.ids) showAll();
            }}
          >
            Clear search and filters
          </button>
        </div>
      ) : layout === 'board' ? (
        <BoardView rows={shown} settledFrom={snapshot.settledFrom} />
      ) : (
        <PipelineTable rows={visible.slice(0, rendered)} sort={sort} onSort={setSort} />
      )}
      {layout === 'table' && remaining > 0 ? (
        <div class="show-more">
          <button type="button" class="button" onClick={() => setLimit(limit + PAGE_SIZE)}>
            Show {Math.min(PAGE_SIZE, remaining).toLocaleString()} more
          </button>
        </div>
      ) : null}
    </div>
  );
}
