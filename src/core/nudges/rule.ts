import type { Facts } from './facts';
import type { Nudge, NudgeInput } from './types';

/** A rule reads the pipeline (and its own settings, input.settings.kinds[kind]) and says what to nudge. */
export type Rule = (input: NudgeInput, facts: Facts) => Nudge[];
