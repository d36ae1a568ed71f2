/**
 * On a rejected application's page: the way into its debrief, whatever became of the first offer
 * (dismissed, half done, finished): Start, Continue or View the debrief. A debrief is kept when the
 * application moves on again, so it stays reachable here too.
 */
import type { Application } from '../../core/types';
import { debriefFor } from '../../db/debrief-repository';
import { useDb } from '../../ui/db-context';
import { useLiveQuery } from '../../ui/use-live-query';
import { debriefPaths } from '../debrief/paths';
import { href } from '../nav';

export function DebriefCard({ app }: { app: Pick<Application, 'id' | 'stage' | 'company'> }) {
  const db = useDb();
  const debrief = useLiveQuery(async () => (await debriefFor(db, app.id)) ?? null, [db, app.id]);
  if (debrief === undefined || (app.stage !== 'rejected' && !debrief)) return null;
  const status = debrief?.status ?? 'pending';
  const [label, text] =
    status === 'done'
      ? ['View the debrief', 'You went through this one. Your notes, feedback and action items are all here.']
      : status === 'in_progress'
        ? ['Continue the debrief', 'You started this debrief: pick up where you left off, whenever you’re ready.']
        : [
            'Start the debrief',
            `A few minutes with five short, optional steps: what ${app.company || 'they'} might tell you, and where to go next.`,
          ];
  return (
    <section class="card" aria-labelledby="debrief-card-title" data-testid="debrief-card">
      <h2 id="debrief-card-title">Debrief</h2>
      <p class="muted">{text}</p>
      <a class="button button--primary" href={href(debriefPaths.debrief(app.id))}>
        {label}
      </a>
    </section>
  );
}
