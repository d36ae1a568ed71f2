/**
 * Horizontal bars with a label and a value each (the funnel, response rate by board), in SVG. The
 * picture is for the eye and hidden from screen readers; the caller's <ChartFigure> carries the
 * same numbers as a table.
 */

export interface Bar {
  key: string;
  label: string;
  /** 0–1 of the full bar. */
  fraction: number;
  /** Shown at the end of the bar: "12 · 40%". */
  valueText: string;
  /** CSS class giving the bar its colour (stage colours for the funnel). */
  tone?: string;
}

// About the width the card shows it at, so its text appears at the page's own size.
const ROW = 32;
const LABEL_WIDTH = 130;
const BAR_MAX = 220;
const WIDTH = LABEL_WIDTH + BAR_MAX + 125;

export function BarList({ bars }: { bars: readonly Bar[] }) {
  const height = bars.length * ROW + 4;
  return (
    <svg class="chart" viewBox={`0 0 ${WIDTH} ${height}`} width="100%" aria-hidden="true" focusable="false">
      {bars.map((bar, i) => {
        const y = i * ROW + 2;
        const width = bar.fraction > 0 ? Math.max(3, bar.fraction * BAR_MAX) : 0;
        return (
          <g key={bar.key}>
            <text x={LABEL_WIDTH - 12} y={y + ROW / 2} text-anchor="end" dominant-baseline="central" class="chart__label">
              {bar.label}
            </text>
            <rect x={LABEL_WIDTH} y={y + 6} width={BAR_MAX} height={ROW - 12} rx="5" class="chart__track" />
            {width > 0 ? (
              <rect x={LABEL_WIDTH} y={y + 6} width={width} height={ROW - 12} rx="5" class={`chart__bar ${bar.tone ?? ''}`} />
            ) : null}
            <text x={LABEL_WIDTH + BAR_MAX + 10} y={y + ROW / 2} dominant-baseline="central" class="chart__value">
              {bar.valueText}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
