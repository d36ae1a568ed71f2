import { pipelineCounts } from '../../ui/counts';
import { useDb } from '../../ui/db-context';
import { useLiveQuery } from '../../ui/use-live-query';

/** Two numbers at a glance: what is still alive, and what was sent this week. */
export function PipelineSummary() {
  const db = useDb();
  const counts = useLiveQuery(() => pipelineCounts(db), [db]);
  if (!counts || counts.total === 0) return null;
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
