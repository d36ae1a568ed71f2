/**
 * The whole pipeline as a table: free-text search and stage/board filters, in memory, 100 rows at a
 * time. Newest activity first.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { STAGE_LABELS } from '../../core/stages';
import { STAGES } from '../../core/types';
import { useDb } from '../../ui/db-context';
import { boardLabel, formatDay, plural } from '../../ui/format';
import { Logo } from '../../ui/Logo';
import { StagePill } from '../../ui/StagePill';
import { useDebounced } from '../../ui/use-debounced';
import { useLiveQueryState } from '../../ui/use-live-query';
import { useSessionState } from '../../ui/use-session-state';
import { boardsIn, filterApplications, hasFilters, NO_FILTERS, type Filters, type StageFilter } from '../filter';
import { href, navigate, paths } from '../nav';

export const PAGE_SIZE = 100;
export const SEARCH_DEBOUNCE_MS = 100;

export function ListView() {
  const db = useDb();
  const { value: apps, error } = useLiveQueryState(
    () => db.applications.orderBy('updatedAt').reverse().toArray(),
    [db],
  );
  const [filters, setFilters] = useSessionState<Filters>('rebound:pipeline-filters', NO_FILTERS);
  const text = useDebounced(filters.text, SEARCH_DEBOUNCE_MS);
  const [limit, setLimit] = useState(PAGE_SIZE);

  const applied = useMemo(() => ({ ...filters, text }), [filters.stage, filters.board, text]);
  const shown = useMemo(() => (apps ? filterApplications(apps, applied) : []), [apps, applied]);
  const boards = useMemo(() => (apps ? boardsIn(apps) : []), [apps]);
  useEffect(() => setLimit(PAGE_SIZE), [applied]);

  useEffect(() => {
    document.title = 'Your pipeline · Rebound';
  }, []);

  if (error) {
    return (
      <div class="card empty-state">
        <h1 tabIndex={-1}>Your pipeline couldn’t be opened</h1>
        <p class="muted">Nothing is lost — please reload this page. If it keeps happening, restart the browser.</p>
      </div>
    );
  }
  if (!apps) return <p class="muted loading">Opening your pipeline…</p>;

  if (apps.length === 0) {
    return (
      <div class="card empty-state">
        <Logo size={48} />
        <h1 tabIndex={-1}>Your pipeline is empty for now</h1>
        <p>
          Open a job posting and press <strong>Save</strong> in the Rebound toolbar button. Rebound keeps every job
          here, only on this computer — and when you apply, it notices and records it for you.
        </p>
      </div>
    );
  }

  const update = (patch: Partial<Filters>) => setFilters({ ...filters, ...patch });
  const filtering = hasFilters(applied);
  const visible = shown.slice(0, limit);

  return (
    <div class="list-view">
      <div class="list-view__head">
        <h1 tabIndex={-1}>Your pipeline</h1>
      </div>
      <div class="toolbar" role="search">
        <div class="field toolbar__search">
          <label class="field__label" for="pipeline-search">
            Search
          </label>
          <input
            id="pipeline-search"
            class="input"
            type="search"
            placeholder="Title, company, location or notes"
            value={filters.text}
            onInput={(event) => update({ text: (event.currentTarget as HTMLInputElement).value })}
          />
        </div>
        <div class="field">
          <label class="field__label" for="pipeline-stage">
            Stage
          </label>
          <select
            id="pipeline-stage"
            class="input select"
            value={filters.stage}
            onChange={(event) => update({ stage: (event.currentTarget as HTMLSelectElement).value as StageFilter })}
          >
            <option value="">All stages</option>
            <option value="in_flight">In flight</option>
            {STAGES.map((stage) => (
              <option key={stage} value={stage}>
                {STAGE_LABELS[stage]}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label class="field__label" for="pipeline-board">
            Found on
          </label>
          <select
            id="pipeline-board"
            class="input select"
            value={filters.board}
            onChange={(event) => update({ board: (event.currentTarget as HTMLSelectElement).value })}
          >
            <option value="">Anywhere</option>
            {boards.map((board) => (
              <option key={board} value={board}>
                {boardLabel(board)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p class="result-count" role="status" data-testid="result-count">
        {filtering
          ? `${plural(shown.length, 'application')} match${shown.length === 1 ? 'es' : ''}`
          : plural(apps.length, 'application')}
        {shown.length > visible.length ? ` · showing the first ${visible.length.toLocaleString()}` : ''}
      </p>

      {shown.length === 0 ? (
        <div class="card empty-state empty-state--small">
          <p>Nothing matches these filters.</p>
          <button type="button" class="button" onClick={() => setFilters(NO_FILTERS)}>
            Clear search and filters
          </button>
        </div>
      ) : (
        <div class="table-wrap card">
          <table class="pipeline-table">
            <caption class="visually-hidden">Applications, most recently updated first</caption>
            <thead>
              <tr>
                <th scope="col">Job</th>
                <th scope="col" class="col-location">
                  Location
                </th>
                <th scope="col" class="col-board">
                  Found on
                </th>
                <th scope="col">Stage</th>
                <th scope="col" class="col-updated">
                  Updated
                </th>
              </tr>
            </thead>
            <tbody>
              {visible.map((app) => (
                <tr
                  key={app.id}
                  class="pipeline-row"
                  onClick={(event) => {
                    // The title link handles its own clicks (including new-tab clicks).
                    if ((event.target as Element).closest('a')) return;
                    navigate(paths.application(app.id));
                  }}
                >
                  <td>
                    <a class="row-link" href={href(paths.application(app.id))}>
                      {app.title || 'Untitled job'}
                    </a>
                    {app.company ? <span class="row-company">{app.company}</span> : null}
                  </td>
                  <td class="col-location">{app.location}</td>
                  <td class="col-board">{app.board ? boardLabel(app.board) : ''}</td>
                  <td>
                    <StagePill stage={app.stage} />
                  </td>
                  <td class="col-updated">
                    <time dateTime={new Date(app.updatedAt).toISOString()}>{formatDay(app.updatedAt)}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {shown.length > visible.length ? (
        <div class="show-more">
          <button type="button" class="button" onClick={() => setLimit(limit + PAGE_SIZE)}>
            Show {Math.min(PAGE_SIZE, shown.length - visible.length).toLocaleString()} more
          </button>
        </div>
      ) : null}
    </div>
  );
}
