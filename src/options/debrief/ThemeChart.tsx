/**
 * Horizontal bar chart of theme counts, drawn as SVG. The picture is for the eye; the same numbers
 * are in a list for screen readers (the SVG is hidden from them), so nothing is lost for anyone.
 */
import type { ThemeCount } from '../../core/debrief/insights';

const ROW = 30;
const LABEL_WIDTH = 250;
const BAR_MAX = 300;
const WIDTH = LABEL_WIDTH + BAR_MAX + 40;

export function ThemeChart({ counts, considered }: { counts: readonly ThemeCount[]; considered: number }) {
  const max = Math.max(1, ...counts.map((c) => c.count));
  const height = counts.length * ROW + 6;
  return (
    <figure class="theme-chart">
      <svg
        class="theme-chart__svg"
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        preserveAspectRatio="xMinYMin meet"
        aria-hidden="true"
        focusable="false"
      >
        {counts.map((entry, i) => {
          const y = i * ROW + 3;
          const width = entry.count === 0 ? 0 : Math.max(4, (entry.count / max) * BAR_MAX);
          return (
            <g key={entry.theme} class={`theme-chart__row theme-chart__row--${entry.theme}`}>
              <text x={LABEL_WIDTH - 10} y={y + ROW / 2} text-anchor="end" dominant-baseline="middle" class="theme-chart__label">
                {entry.label}
              </text>
              <rect x={LABEL_WIDTH} y={y + 5} width={BAR_MAX} height={ROW - 10} rx="4" class="theme-chart__track" />
              {width > 0 ? (
                <rect x={LABEL_WIDTH} y={y + 5} width={width} height={ROW - 10} rx="4" class="theme-chart__bar" />
              ) : null}
              <text x={LABEL_WIDTH + width + 8} y={y + ROW / 2} dominant-baseline="middle" class="theme-chart__value">
                {entry.count}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption class="visually-hidden">
        <p>
          Themes in your last {considered} {considered === 1 ? 'debrief' : 'debriefs'} with themes:
        </p>
        <ul>
          {counts.map((entry) => (
            <li key={entry.theme}>
              {entry.label}: {entry.count} of {considered}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
