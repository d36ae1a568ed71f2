/** Patterns across debriefs: themes over the last rejections, action items, where effort helps most. */
import { DEFAULT_WINDOW, debriefInsights } from '../../core/debrief/insights';
import { useDb } from '../../ui/db-context';
import { useLiveQuery } from '../../ui/use-live-query';
import { ThemeChart } from './ThemeChart';
import './debrief.css';

export function Insights({ window = DEFAULT_WINDOW }: { window?: number }) {
  const db = useDb();
  const insights = useLiveQuery(async () => {
    const [debriefs, items] = await Promise.all([db.debriefs.toArray(), db.actionItems.toArray()]);
    return debriefInsights(debriefs, items, window);
  }, [db, window]);
  if (!insights) return null;
  return (
    <section class="debrief-section card" aria-labelledby="insights-title">
      <h2 id="insights-title">Patterns across your debriefs</h2>
      {insights.considered === 0 ? (
        <p class="debrief-empty">
          Nothing to show yet. After a debrief or two, the themes that come up will appear here, with where effort
          could help most.
        </p>
      ) : (
        <>
          {insights.suggestions.length > 0 ? (
            <ul class="insight-suggestions">
              {insights.suggestions.map((line) => (
                <li key={line} class="debrief-callout">
                  {line}
                </li>
              ))}
            </ul>
          ) : (
            <p class="muted">No theme has come up more than once yet. Every debrief makes the picture clearer.</p>
          )}
          <h3 class="debrief-subheading">
            Themes in your last {insights.considered} {insights.considered === 1 ? 'debrief' : 'debriefs'}
          </h3>
          <ThemeChart counts={insights.themeCounts} considered={insights.considered} />
        </>
      )}
      <h3 class="debrief-subheading">Action items</h3>
      <dl class="debrief-stats">
        <div class="debrief-stat">
          <dt>To do</dt>
          <dd>{insights.openActions}</dd>
        </div>
        <div class="debrief-stat">
          <dt>Done</dt>
          <dd>{insights.doneActions}</dd>
        </div>
      </dl>
    </section>
  );
}
