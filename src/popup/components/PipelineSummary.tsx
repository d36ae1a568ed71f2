import { useEffect } from 'preact/hooks';
import { summaryCounts } from '../../ui/counts';
import { useDb } from '../../ui/db-context';
import { useLiveQuery } from '../../ui/use-live-query';
import { markOnce, POPUP_COUNTS_MARK } from '../../ui/first-render';

/** Two numbers at a glance: what is still alive, and what was sent this week. */
export function PipelineSummary() {
  const db = useDb();
  const counts = useLiveQuery(() => summaryCounts(db), [db]);
  // When the numbers are on screen: the UI benchmark (scripts/lib/bench-ui.ts) times this too.
  useEffect(() => {
    if (counts) markOnce(POPUP_COUNTS_MARK);
  }, [counts !== undefined]);
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
