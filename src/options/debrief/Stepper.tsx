import { DEBRIEF_STEPS, type DebriefStep } from '../../core/debrief/types';
import { STEP_LABELS } from './step-labels';

/** Where you are in the five steps; any step can be visited in any order. */
export function Stepper({ current, onGo }: { current: DebriefStep; onGo: (step: DebriefStep) => void }) {
  const index = DEBRIEF_STEPS.indexOf(current);
  return (
    <nav class="debrief-stepper" aria-label="Debrief steps">
      <ol>
        {DEBRIEF_STEPS.map((step, i) => (
          <li key={step} class={i < index ? 'is-past' : i === index ? 'is-current' : ''}>
            <button
              type="button"
              class="debrief-stepper__button"
              aria-current={step === current ? 'step' : undefined}
              onClick={() => onGo(step)}
            >
              <span class="debrief-stepper__number" aria-hidden="true">
                {i + 1}
              </span>
              <span>
                <span class="visually-hidden">Step {i + 1}: </span>
                {STEP_LABELS[step]}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
