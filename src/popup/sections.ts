/**
 * Slots for popup sections that other features own. The popup renders these, in this order, between
 * the capture card and the recent applications. A section component renders its own <PopupSection>
 * (src/ui/PopupSection.tsx) when it has something to say, and null when it has nothing.
 *
 * To mount one, set its `component`, e.g. in this file:
 *   import { NextSteps } from './NextSteps';
 *   { id: 'next-steps', title: 'Next steps', component: NextSteps },
 */
import type { ComponentType } from 'preact';
import { NextSteps } from './NextSteps';
import { PendingDebriefs } from './PendingDebriefs';
import { UpcomingInterviews } from './UpcomingInterviews';

export interface PopupSectionSlot {
  id: string;
  title: string;
  /** null until the feature exists: the slot renders nothing. */
  component: ComponentType<{ title: string }> | null;
}

export const POPUP_SECTIONS: readonly PopupSectionSlot[] = [
  /** Interview rounds in the next seven days. */
  { id: 'upcoming', title: 'Interviews this week', component: UpcomingInterviews },
  /** Keep-applying nudges: follow-ups due, saved jobs waiting, the weekly goal. */
  { id: 'next-steps', title: 'Next steps', component: NextSteps },
  /** Rejections that have no debrief yet. */
  { id: 'debriefs', title: 'Debriefs to do', component: PendingDebriefs },
];
