/**
 * The funnel: how many applications ever reached each step. A later step implies the earlier ones
 * (an application that went straight from applied to interviewing did pass the screening step), so
 * the numbers never grow down the funnel. Accepting an offer counts as having had one.
 */
import type { Stage } from '../types';
import type { History } from './history';

export const FUNNEL_STAGES = ['applied', 'screening', 'interviewing', 'offer'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

const DEPTH: Partial<Record<Stage, number>> = { screening: 1, interviewing: 2, offer: 3, accepted: 3 };

export interface FunnelStep {
  stage: FunnelStage;
  count: number;
  /** Share of the applied count, 0–1 (0 when nothing was sent). */
  share: number;
}

export function funnel(histories: readonly History[]): FunnelStep[] {
  const counts = [0, 0, 0, 0];
  for (const history of histories) {
    if (!history.sent) continue;
    let depth = 0;
    for (const stage of history.reached) depth = Math.max(depth, DEPTH[stage] ?? 0);
    for (let i = 0; i <= depth; i++) counts[i]! += 1;
  }
  const applied = counts[0]!;
  return FUNNEL_STAGES.map((stage, i) => ({ stage, count: counts[i]!, share: applied ? counts[i]! / applied : 0 }));
}
