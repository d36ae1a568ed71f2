/** Step 5: point forward: saved jobs waiting, this week against the goal, and one next step. */
import { dayStart, isoDay } from '../../../core/days';
import { setStage } from '../../../db/repository';
import { saveDebrief } from '../../../db/debrief-repository';
import { useDb } from '../../../ui/db-context';
import { safeHttpUrl } from '../../../ui/format';
import { useLiveQuery } from '../../../ui/use-live-query';
import type { StepProps } from '../DebriefFlow';
import { liveNumbers, savedJobs } from '../live-numbers';
import { useAutosave } from '../use-autosave';
import { useWeeklyGoal } from '../../../ui/use-weekly-goal';

export function KeepGoing({ debrief }: StepProps) {
  const db = useDb();
  const goal = useWeeklyGoal();
  const numbers = useLiveQuery(() => liveNumbers(db), [db]);
  const saved = useLiveQuery(() => savedJobs(db), [db]);
  const next = useAutosave(debrief.nextStep, (value) => saveDebrief(db, debrief.id, { nextStep: value }));
  const sent = numbers?.appliedThisWeek ?? 0;

  return (
    <div class="debrief-step">
      <p class="debrief-lead">The best answer to one no is the next application. Here is where you stand.</p>
      {goal === null ? (
        <p class="week-progress">
          <strong>This week:</strong> {sent === 1 ? '1 application' : `${sent} applications`} sent.
        </p>
      ) : (
        <div class="week-progress">
          <p id="week-progress-label">
            <strong>This week:</strong> {sent} of {goal} applications sent.{' '}
            {sent >= goal ? 'You have reached your goal. Well done.' : `${goal - sent} more to reach your goal.`}
          </p>
          <progress max={goal} value={Math.min(sent, goal)} aria-labelledby="week-progress-label" />
        </div>
      )}

      <h3 class="debrief-subheading">Saved jobs waiting for you</h3>
      {saved && saved.length === 0 ? (
        <p class="muted">No saved jobs right now. The next posting you like, press Save in the toolbar and it lands here.</p>
      ) : null}
      {saved && saved.length > 0 ? (
        <ul class="saved-jobs">
          {saved.map((job) => {
            const url = safeHttpUrl(job.postingUrl);
            const name = job.title || 'Untitled job';
            return (
              <li key={job.id} class="saved-job">
                <div>
                  {url ? (
                    <a href={url} target="_blank" rel="noopener noreferrer">
                      {name}
                    </a>
                  ) : (
                    <span>{name}</span>
                  )}
                  {job.company ? <span class="muted"> · {job.company}</span> : null}
                </div>
                <button type="button" class="button" onClick={() => void setStage(db, job.id, 'applied', 'options')}>
                  I applied<span class="visually-hidden"> to {name}</span>
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}

      <div class="next-step-fields">
        <div class="field next-step-fields__text">
          <label class="field__label" for="debrief-next-step">
            Your next step
          </label>
          <input
            id="debrief-next-step"
            class="input"
            value={next.value}
            placeholder="e.g. apply to the two saved design roles"
            aria-describedby="debrief-next-step-hint"
            onInput={(e) => next.onInput((e.currentTarget as HTMLInputElement).value)}
            onBlur={next.flush}
          />
        </div>
        <div class="field">
          <label class="field__label" for="debrief-next-step-due">
            By when <span class="muted">(optional)</span>
          </label>
          <input
            id="debrief-next-step-due"
            class="input"
            type="date"
            value={isoDay(debrief.nextStepDueAt ?? null)}
            onChange={(e) =>
              void saveDebrief(db, debrief.id, { nextStepDueAt: dayStart((e.currentTarget as HTMLInputElement).value) })
            }
          />
        </div>
      </div>
      <p class="field__hint" id="debrief-next-step-hint">
        When you finish, it becomes an action item, and Rebound reminds you of it in your next steps.
      </p>
    </div>
  );
}
