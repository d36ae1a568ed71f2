/** Step 4: what this process taught the user about what they want, kept as preferences. */
import { useDb } from '../../../ui/db-context';
import { useLiveQuery } from '../../../ui/use-live-query';
import type { StepProps } from '../DebriefFlow';
import { debriefPaths } from '../paths';
import { AddPreference, PreferenceRows } from '../Preferences';

export function SilverLining({ application }: StepProps) {
  const db = useDb();
  const fromThis = useLiveQuery(
    () => db.preferences.where('sourceApplicationId').equals(application.id).sortBy('createdAt'),
    [db, application.id],
  );
  const company = application.company.trim() || 'this company';
  return (
    <div class="debrief-step">
      <p class="debrief-lead">
        Every process shows you something about where you would like to work. Looking back at {company}: what did you
        like, and what would you rather not have again?
      </p>
      <p class="muted">
        These join your list of preferences, and Rebound shows them back to you when you save new postings.
      </p>
      <AddPreference sourceApplicationId={application.id} />
      <PreferenceRows preferences={fromThis ?? []} />
      <p>
        <a href={`#${debriefPaths.preferences()}`}>See your whole list</a>
      </p>
    </div>
  );
}
