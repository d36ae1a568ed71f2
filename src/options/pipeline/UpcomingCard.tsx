/** Above the pipeline: interview rounds in the next seven days, when there are any. */
import { UpcomingList, useUpcomingInterviews } from '../../ui/UpcomingInterviews';
import { navigate, paths } from '../nav';
import '../../ui/styles/upcoming.css';

export function UpcomingCard() {
  const rounds = useUpcomingInterviews();
  if (!rounds || rounds.length === 0) return null;
  return (
    <section class="card upcoming-card" aria-labelledby="upcoming-title" data-testid="upcoming-interviews">
      <h2 id="upcoming-title" class="upcoming-card__title">
        Interviews in the next seven days
      </h2>
      <UpcomingList rounds={rounds} onOpen={(id) => navigate(paths.application(id))} />
    </section>
  );
}
