/**
 * One chart: a heading, the picture, and the same numbers as a table that only screen readers get
 * (the SVG inside is aria-hidden), so everyone reads the same figures.
 */
import type { ComponentChildren } from 'preact';

export interface ChartTable {
  caption: string;
  columns: readonly string[];
  rows: readonly (readonly (string | number)[])[];
}

export function ChartFigure(props: {
  id: string;
  title: string;
  summary: ComponentChildren;
  table: ChartTable;
  children: ComponentChildren;
  note?: ComponentChildren;
}) {
  return (
    <section class="card stats-card" aria-labelledby={`${props.id}-title`} data-chart={props.id}>
      <h2 id={`${props.id}-title`}>{props.title}</h2>
      <figure class="stats-card__figure">
        {props.children}
        <figcaption class="stats-card__summary">{props.summary}</figcaption>
      </figure>
      <table class="visually-hidden">
        <caption>{props.table.caption}</caption>
        <thead>
          <tr>
            {props.table.columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.table.rows.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) =>
                j === 0 ? (
                  <th key={j} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={j}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {props.note ? <p class="stats-card__note">{props.note}</p> : null}
    </section>
  );
}
