/** The pipeline as a table: one row an application, newest activity first. */
import { boardLabel, formatDay } from '../../ui/format';
import { StagePill } from '../../ui/StagePill';
import { href, navigate, paths } from '../nav';
import type { PipelineRow } from './pipeline-row';

export function PipelineTable({ rows }: { rows: readonly PipelineRow[] }) {
  return (
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
  );
}
