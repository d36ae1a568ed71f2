/**
 * The five steps of one debrief. Every step can be skipped; moving between steps saves where the
 * user is, and each field saves itself, so closing the tab loses nothing.
 */
import type { ComponentType } from 'preact';
import { useState } from 'preact/hooks';
import { DEBRIEF_STEPS, type Debrief, type DebriefStep } from '../../core/debrief/types';
import type { Application } from '../../core/types';
import { completeDebrief, nextStep, nextStepItemId, saveDebrief } from '../../db/debrief-repository';
import { formatDayInSentence } from '../../ui/format';
import { useLiveQuery } from '../../ui/use-live-query';
import { useDb } from '../../ui/db-context';
import { Stepper } from './Stepper';
import { STEP_LABELS } from './step-labels';
import { Perspective } from './steps/Perspective';
import { AskFeedback } from './steps/AskFeedback';
import { RecordFeedback } from './steps/RecordFeedback';
import { SilverLining } from './steps/SilverLining';
import { KeepGoing } from './steps/KeepGoing';
import { debriefPaths } from './paths';

export interface StepProps {
  application: Application;
  debrief: Debrief;
}

const STEP_VIEWS: Record<DebriefStep, ComponentType<StepProps>> = {
  perspective: Perspective,
  ask: AskFeedback,
  feedback: RecordFeedback,
  silver_lining: SilverLining,
  keep_going: KeepGoing,
};

export function roleAtCompany(application: Pick<Application, 'title' | 'company'>): string {
  const role = application.title.trim() || 'this role';
  return application.company.trim() ? `${role} at ${application.company.trim()}` : role;
}

/** On the done screen: the next step the user committed to, as the action item it became. */
function NextStepCommitted({ debriefId }: { debriefId: string }) {
  const db = useDb();
  const item = useLiveQuery(async () => (await db.actionItems.get(nextStepItemId(debriefId))) ?? null, [db, debriefId]);
  if (!item) return null;
  return (
    <div class="debrief-done__next" data-testid="committed-next-step">
      <p class="debrief-done__label">Your next step, now on your action items</p>
      <p class="debrief-done__step">
        {item.text}
        {item.dueAt !== null ? <span class="muted"> — by {formatDayInSentence(item.dueAt)}</span> : null}
      </p>
      <p class="muted">You’ll find it under Insights, and in the popup’s next steps when it is due.</p>
    </div>
  );
}

export function DebriefFlow({ application, debrief }: StepProps) {
  const db = useDb();
  const [step, setStep] = useState<DebriefStep>(debrief.status === 'done' ? 'perspective' : debrief.step);
  const [finished, setFinished] = useState(false);
  const index = DEBRIEF_STEPS.indexOf(step);
  const following = nextStep(step);
  const previous = DEBRIEF_STEPS[index - 1];

  const go = (to: DebriefStep) => {
    setStep(to);
    void saveDebrief(db, debrief.id, { step: to });
    document.getElementById('debrief-step-heading')?.focus();
  };
  const finish = async () => {
    await completeDebrief(db, debrief.id);
    setFinished(true);
  };

  const View = STEP_VIEWS[step];
  return (
    <section class="debrief" aria-labelledby="debrief-title">
      <header class="debrief__header">
        <p class="debrief__eyebrow">Debrief</p>
        <h1 id="debrief-title" tabIndex={-1}>
          {roleAtCompany(application)}
        </h1>
        <p class="muted">
          Five short steps, each one optional. Your progress is saved as you go, so you can stop and come back any
          time.
        </p>
      </header>
      <Stepper current={step} onGo={go} />
      {finished ? (
        <div class="debrief-card card debrief-done" role="status">
          <h2 id="debrief-step-heading" tabIndex={-1}>
            Debrief done. Well done for taking the time.
          </h2>
          <NextStepCommitted debriefId={debrief.id} />
          <p>
            Your action items and preferences are saved. Looking back at a rejection like this is how a search gets
            stronger.
          </p>
          <div class="actions">
            <a class="button button--primary" href={`#${debriefPaths.insights()}`}>
              See your insights
            </a>
            <a class="button" href="#/">
              Back to your pipeline
            </a>
          </div>
        </div>
      ) : (
        <div class="debrief-card card">
          <h2 id="debrief-step-heading" class="debrief-step__title" tabIndex={-1}>
            <span class="muted">Step {index + 1} of {DEBRIEF_STEPS.length}:</span> {STEP_LABELS[step]}
          </h2>
          <View application={application} debrief={debrief} />
          <div class="debrief-nav actions">
            {previous ? (
              <button type="button" class="button button--ghost" onClick={() => go(previous)}>
                Back
              </button>
            ) : null}
            <span class="debrief-nav__spacer" />
            {following ? (
              <>
                <button type="button" class="button button--ghost" onClick={() => go(following)}>
                  Skip this step
                </button>
                <button type="button" class="button button--primary" onClick={() => go(following)}>
                  Next: {STEP_LABELS[following]}
                </button>
              </>
            ) : (
              <button type="button" class="button button--primary" onClick={() => void finish()}>
                Finish the debrief
              </button>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
