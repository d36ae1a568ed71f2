/**
 * Interviews in the next seven days, soonest first: when, which round, where. Shown in the popup and
 * above the pipeline; renders nothing when there are none.
 */
import type { UpcomingRound } from '../core/interviews';
import { upcomingInterviews } from '../db/upcoming';
import { useDb } from './db-context';
import { formatDateTime, formatDay } from './format';
import { useLiveQuery } from './use-live-query';

const time = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });

/** "Today 14:30", "Tuesday 09:00", "12 Dec 10:00". */
export function whenLabel(at: number, now = Date.now()): string {
  return `${formatDay(at, now)} ${time.format(at)}`;
}

export function useUpcomingInterviews(): UpcomingRound[] | undefined {
  const db = useDb();
  return useLiveQuery(() => upcomingInterviews(db), [db]);
}

export function UpcomingList({ rounds, onOpen }: { rounds: readonly UpcomingRound[]; onOpen: (applicationId: string) => void }) {
  return (
    <ul class="upcoming">
      {rounds.map(({ applicationId, title, company, round }) => (
        <li key={`${applicationId}:${round.id}`} class="upcoming__item">
          <time class="upcoming__when" dateTime={new Date(round.at).toISOString()} title={formatDateTime(round.at)}>
            {whenLabel(round.at)}
          </time>
          <button type="button" class="link-button upcoming__what" onClick={() => onOpen(applicationId)}>
            {round.name} · {company || title || 'Untitled job'}
          </button>
        </li>
      ))}
    </ul>
  );
}
