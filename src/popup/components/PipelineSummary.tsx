import { useEffect } from 'preact/hooks';
import { summaryCounts, type SummaryCounts } from '../../ui/counts';
import { useDb } from '../../ui/db-context';
import { useRememberedCounts, type RememberedCounts } from '../../ui/use-remembered-counts';
import { markOnce, POPUP_COUNTS_FRESH_MARK, POPUP_COUNTS_MARK } from '../../ui/first-render';
import { readLastCounts, saveLastCounts } from '../../ui/last-counts';

const SUMMARY_COUNTS: RememberedCounts<SummaryCounts> = { read: readLastCounts, save: saveLastCounts, count: summaryCounts };

/** With numbers to show already, counting waits a task past the first paint. */
const afterFirstPaint = (cached: SummaryCounts | null) =>
  cached ? new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))) : null;

/**
 * Two numbers at a glance: what is still alive, and what was sent this week. The last known numbers
 * show at once; the exact count starts after the first paint (so the recent list's query goes first)
 * and replaces them when it arrives.
 */
export function PipelineSummary() {
  const db = useDb();
  const { counts, fresh } = useRememberedCounts(db, SUMMARY_COUNTS, afterFirstPaint);
  // When the numbers are on screen, and when they are exact: the UI benchmark times both.
  useEffect(() => {
    if (counts) markOnce(POPUP_COUNTS_MARK);
    if (fresh) markOnce(POPUP_COUNTS_FRESH_MARK);
  }, [counts !== null, fresh]);
  if (!counts || !counts.any) return null;
  return (
    <dl class="summary" aria-label="Your pipeline">
      <div class="summary__item">
        <dt>In flight</dt>
        <dd data-testid="in-flight">{counts.inFlight.toLocaleString()}</dd>
      </div>
      <div class="summary__item">
        <dt>Sent this week</dt>
        <dd data-testid="this-week">{counts.appliedThisWeek.toLocaleString()}</dd>
      </div>
    </dl>
  );
}
