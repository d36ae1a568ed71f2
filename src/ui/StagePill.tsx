import { STAGE_LABELS } from '../core/stages';
import type { Stage } from '../core/types';

/** The stage as a coloured pill; the colour is decoration, the word carries the meaning. */
export function StagePill({ stage }: { stage: Stage }) {
  return <span class={`pill pill--${stage}`}>{STAGE_LABELS[stage]}</span>;
}
