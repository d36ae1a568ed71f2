/**
 * "What you're looking for", shown beside a job being saved: the preferences the debriefs built,
 * so each new posting can be weighed against them. Renders nothing when there are none.
 */
import { listPreferences } from '../db/debrief-repository';
import { useDb } from './db-context';
import { useLiveQuery } from './use-live-query';
import './styles/debrief-bits.css';

export function PreferenceReminder({ limit = 4 }: { limit?: number }) {
  const db = useDb();
  const preferences = useLiveQuery(() => listPreferences(db), [db]);
  if (!preferences || preferences.length === 0) return null;
  // The newest are the freshest lessons.
  const recent = preferences.slice(-limit).reverse();
  const wants = recent.filter((p) => p.kind === 'want');
  const avoids = recent.filter((p) => p.kind === 'avoid');
  return (
    <aside class="preference-reminder" aria-label="What you are looking for">
      <p class="preference-reminder__title">What you are looking for</p>
      <ul>
        {wants.map((p) => (
          <li key={p.id}>Want: {p.text}</li>
        ))}
        {avoids.map((p) => (
          <li key={p.id}>Rather avoid: {p.text}</li>
        ))}
      </ul>
    </aside>
  );
}
