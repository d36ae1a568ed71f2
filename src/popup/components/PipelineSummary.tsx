import { useEffect, useMemo, useState } from 'preact/hooks';
import { summaryCounts } from '../../ui/counts';
import { useDb } from '../../ui/db-context';
import { useLiveQuery } from '../../ui/use-live-query';
import { markOnce, POPUP_COUNTS_FRESH_MARK, POPUP_COUNTS_MARK } from '../../ui/first-render';
import { readLastCounts, saveLastCounts } from '../last-counts';

/**
 * Two numbers at a glance: what is still alive, and what was sent this week. The last known numbers
 * show at once; the exact count starts after the first paint (so the recent list's query goes first)
 * and replaces them when it arrives.
 */
export function PipelineSummary() {
  const db = useDb();
  const cached = useMemo(() => readLastCounts(db.name), [db]);
  const [counting, setCounting] = useState(cached === null);
  useEffect(() => {
    if (counting) return;
    const timer = setTimeout(() => setCounting(true), 0);
    return () => clearTimeout(timer);
  }, [counting]);
  const fresh = useLiveQuery(() => (counting ? summaryCounts(db) : undefined), [db, counting]);
  const counts = fresh ?? cached;
  useEffect(() => {
    if (fresh) saveLastCounts(db.name, fresh);
  }, [fresh]);
  // When the numbers are on screen, and when they are exact: the UI benchmark times both.
  useEffect(() => {
    if (counts) markOnce(POPUP_COUNTS_MARK);
    if (fresh) markOnce(POPUP_COUNTS_FRESH_MARK);
  }, [counts !== null, fresh !== undefined]);
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
