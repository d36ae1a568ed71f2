import type { DebriefStep } from '../../core/debrief/types';

/** The step names as the stepper shows them: short, forward-looking. */
export const STEP_LABELS: Record<DebriefStep, string> = {
  perspective: 'Perspective',
  ask: 'Ask for feedback',
  feedback: 'Use the feedback',
  silver_lining: 'Silver lining',
  keep_going: 'Keep going',
};
