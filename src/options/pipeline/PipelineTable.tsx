/**
 * The pipeline as a table: one row an application. Every column header is a button that sorts by
 * it (again for the other direction); aria-sort says which one sorts now.
 */
import { boardLabel, formatDay } from '../../ui/format';
import { StagePill } from '../../ui/StagePill';
import { href, navigate, paths } from '../nav';
import type { PipelineRow } from './pipeline-row';
import { firstDirection, type Sort, type SortKey } from './sort';

const COLUMNS: { key: SortKey; label: string; className?: string }[] = [
  { key: 'title', label: 'Job' },
  { key: 'location', label: 'Location', className: 'col-location' },
  { key: 'board', label: 'Found on', className: 'col-board' },
  { key: 'stage', label: 'Stage', className: 'col-stage' },
  { key: 'appliedAt', label: 'Applied', className: 'col-applied' },
  { key: 'updatedAt', label: 'Updated', className: 'col-updated' },
];

const ARROWS = { ascending: '▲', descending: '▼' } as const;

interface Props {
  rows: readonly PipelineRow[];
  sort: Sort;
  onSort: (sort: Sort) => void;
}

function DayCell({ at, className }: { at: number | null; className: string }) {
  return <td class={className}>{at === null ? <span class="muted">—</span> : <time dateTime={new Date(at).toISOString()}>{formatDay(at)}</time>}</td>;
}

export function PipelineTable({ rows, sort, onSort }: Props) {
  const current = COLUMNS.find((column) => column.key === sort.key)!;
  return (
    <div class="table-wrap card">
      <table class="pipeline-table">
        <caption class="visually-hidden">
          Applications, sorted by {current.label.toLowerCase()} ({sort.direction})
        </caption>
        <thead>
          <tr>
            {COLUMNS.map(({ key, label, className }) => {
              const active = sort.key === key;
              const next = active ? (sort.direction === 'ascending' ? 'descending' : 'ascending') : firstDirection(key);
              return (
                <th key={key} scope="col" class={className} aria-sort={active ? sort.direction : undefined}>
                  <button type="button" class="sort-button" onClick={() => onSort({ key, direction: next })}>
                    {label}
                    <span class={`sort-button__arrow${active ? '' : ' sort-button__arrow--idle'}`} aria-hidden="true">
                      {active ? ARROWS[sort.direction] : '↕'}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((app) => (
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
              <td class="col-stage">
                <StagePill stage={app.stage} />
              </td>
              <DayCell at={app.appliedAt} className="col-applied" />
              <DayCell at={app.updatedAt} className="col-updated" />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
