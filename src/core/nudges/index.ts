/** Run every rule the user has on, and order what they say: most useful first. */
import { buildFacts } from './facts';
import { NUDGE_KINDS, type NudgeKind } from './kinds';
import type { Rule } from './rule';
import type { Nudge, NudgeInput } from './types';
import { momentum } from './momentum';
import { thinPipeline } from './thin-pipeline';
import { weeklyGoal } from './weekly-goal';
import { followUp } from './follow-up';
import { thankYou } from './thank-you';
import { feedbackRequest } from './feedback-request';
import { debrief } from './debrief';
import { nextStepsDue } from './next-step';
import { silence } from './silence';
import { offers } from './offers';

export const RULES: Record<NudgeKind, Rule> = {
  momentum,
  'thin-pipeline': thinPipeline,
  'weekly-goal': weeklyGoal,
  'follow-up': followUp,
  'thank-you': thankYou,
  'feedback-request': feedbackRequest,
  debrief: (input, facts) => [...debrief(input, facts), ...nextStepsDue(input, facts)],
  silence,
  offers,
};

export function byPriority(a: Nudge, b: Nudge): number {
  return b.priority - a.priority || a.key.localeCompare(b.key);
}

/** Every nudge that applies now, for the kinds turned on; highest priority first. */
export function evaluateNudges(input: NudgeInput): Nudge[] {
  const facts = buildFacts(input);
  return NUDGE_KINDS.filter((kind) => input.settings.kinds[kind].enabled)
    .flatMap((kind) => RULES[kind](input, facts))
    .sort(byPriority);
}
