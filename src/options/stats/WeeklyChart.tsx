/** Applications sent per week as vertical bars, with the weekly goal as a dashed line. */
import type { WeekCount } from '../../core/stats';

// About the width the card shows it at, so its text appears at the page's own size.
const WIDTH = 480;
const HEIGHT = 220;
const PAD = { top: 22, right: 10, bottom: 30, left: 30 };

const weekLabel = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });

export function formatWeek(start: number): string {
  return weekLabel.format(start);
}

/** A round top for the scale: 1, 2, 5, 10, 20, 50… at or above the largest value. */
function niceMax(value: number): number {
  if (value <= 4) return Math.max(1, value);
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * magnitude >= value) return step * magnitude;
  return 10 * magnitude;
}

export function WeeklyChart({ weeks, goal }: { weeks: readonly WeekCount[]; goal: number | null }) {
  const max = niceMax(Math.max(...weeks.map((w) => w.count), goal ?? 0));
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotW / weeks.length;
  const barW = Math.min(36, slot * 0.62);
  const y = (value: number) => PAD.top + plotH - (value / max) * plotH;
  const ticks = max <= 4 ? Array.from({ length: max + 1 }, (_, i) => i) : [0, max / 2, max];
  // A date label needs about 60 units: label every week when there is room, else every other one
  // (always including this week).
  const labelEvery = Math.max(1, Math.ceil(60 / slot));
  return (
    <svg class="chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" aria-hidden="true" focusable="false">
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} class="chart__grid" />
          <text x={PAD.left - 8} y={y(tick)} text-anchor="end" dominant-baseline="central" class="chart__axis">
            {tick}
          </text>
        </g>
      ))}
      {weeks.map((week, i) => {
        const x = PAD.left + i * slot + (slot - barW) / 2;
        const current = i === weeks.length - 1;
        return (
          <g key={week.start}>
            {week.count > 0 ? (
              <>
                <rect
                  x={x}
                  y={y(week.count)}
                  width={barW}
                  height={Math.max(2, y(0) - y(week.count))}
                  rx="4"
                  class={`chart__bar ${current ? 'chart__bar--current' : ''}`}
                />
                <text x={x + barW / 2} y={y(week.count) - 6} text-anchor="middle" class="chart__value">
                  {week.count}
                </text>
              </>
            ) : null}
            {(weeks.length - 1 - i) % labelEvery === 0 ? (
              <text x={x + barW / 2} y={HEIGHT - PAD.bottom + 18} text-anchor="middle" class="chart__axis">
                {current ? 'This week' : formatWeek(week.start)}
              </text>
            ) : null}
          </g>
        );
      })}
      {goal ? (
        <g>
          <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(goal)} y2={y(goal)} class="chart__goal" />
          <text x={WIDTH - PAD.right} y={y(goal) - 6} text-anchor="end" class="chart__goal-label">
            Goal {goal}
          </text>
        </g>
      ) : null}
    </svg>
  );
}
