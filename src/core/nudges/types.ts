/** The plain data of nudges. No browser APIs here. */
import type { Application, Stage, TimelineEvent } from '../types';
import type { Settings } from '../settings';
import type { NudgeKind } from './kinds';

export type { NudgeKind } from './kinds';

/** Where a click on a nudge leads (the options page, or the debrief of one application). */
export type NudgeTarget =
  | { view: 'app'; id: string }
  | { view: 'list'; filter: { stage?: Stage; ids?: string[] } }
  | { view: 'debrief'; id: string }
  | { view: 'saved' };

export interface Nudge {
  kind: NudgeKind;
  /** Stable id of this nudge ("follow-up:<applicationId>"): cool-downs and snoozes are kept by key. */
  key: string;
  title: string;
  /** The reason, in words the user can read. */
  body: string;
  target: NudgeTarget;
  /** Label of the button (and popup link) that follows the target: "Show saved jobs". */
  actionLabel: string;
  /** Higher first. */
  priority: number;
}

/**
 * What the rules need of a debrief. The debrief feature stores more; the background maps its records
 * to this shape ("in_progress" counts as pending; `feedbackRequestedAt` is when the note asking for
 * feedback was sent).
 */
export interface DebriefSummary {
  applicationId: string;
  status: 'pending' | 'done' | 'skipped';
  feedbackRequestedAt?: number | null;
}

/** A debrief's committed next step, as the action item it became (src/db/debrief-repository.ts). */
export interface NextStepItem {
  id: string;
  applicationId: string;
  text: string;
  dueAt: number | null;
  doneAt: number | null;
  createdAt: number;
}

export interface NudgeInput {
  applications: readonly Application[];
  events: readonly TimelineEvent[];
  debriefs: readonly DebriefSummary[];
  /** Next steps from finished debriefs (absent where the caller has none to give). */
  nextSteps?: readonly NextStepItem[];
  settings: Settings;
  now: number;
  /** IANA zone the user's calendar is in ("Europe/Berlin"): days and weeks are counted there. */
  timeZone: string;
}
