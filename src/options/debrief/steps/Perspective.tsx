/** Step 1: keep expectations in proportion. Warm, factual, with the live numbers. */
import { plural } from '../../../ui/format';
import { useDb } from '../../../ui/db-context';
import { useLiveQuery } from '../../../ui/use-live-query';
import type { StepProps } from '../DebriefFlow';
import { liveNumbers } from '../live-numbers';

export function Perspective({ application }: StepProps) {
  const db = useDb();
  const numbers = useLiveQuery(() => liveNumbers(db), [db]);
  const company = application.company.trim();
  return (
    <div class="debrief-step">
      <p class="debrief-lead">
        {company ? `Hearing no from ${company} hurts` : 'Hearing no hurts'}, and feeling disappointed for a while is
        completely normal. It shows you cared about this one.
      </p>
      <ul class="debrief-facts">
        <li>One job is one chance among many. A search is a numbers game played over weeks, not a single verdict.</li>
        <li>
          Part of any hiring decision is out of your hands: the budget, the timing, who else applied and what the team
          needed that week.
        </li>
      </ul>
      {numbers ? (
        <>
          <dl class="debrief-stats" aria-label="Your search right now">
            <div class="debrief-stat">
              <dt>Still in flight</dt>
              <dd>{numbers.inFlight}</dd>
            </div>
            <div class="debrief-stat">
              <dt>Saved jobs waiting</dt>
              <dd>{numbers.saved}</dd>
            </div>
          </dl>
          <p>
            {numbers.inFlight > 0
              ? `You still have ${plural(numbers.inFlight, 'application')} in flight. This one closing does not close the others.`
              : numbers.saved > 0
                ? `Nothing else is in flight right now, and ${plural(numbers.saved, 'saved job')} ${numbers.saved === 1 ? 'is' : 'are'} waiting for you whenever you are ready.`
                : 'Nothing else is in flight right now. When you feel ready, saving a couple of new postings is a gentle place to start.'}
          </p>
        </>
      ) : null}
      <p class="muted">Take the next steps now or later: there is no rush.</p>
    </div>
  );
}
