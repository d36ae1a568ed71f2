/**
 * Every kind of nudge, with what its settings mean. The settings schema, the defaults, the rules
 * runner and the settings page all read this one table, so a new kind is one line here plus its rule.
 */

export const NUDGE_KINDS = [
  'momentum',
  'thin-pipeline',
  'weekly-goal',
  'follow-up',
  'thank-you',
  'feedback-request',
  'debrief',
  'silence',
  'offers',
] as const;
export type NudgeKind = (typeof NUDGE_KINDS)[number];

export interface ThresholdMeta {
  /** Label of the number field on the settings page. */
  label: string;
  min: number;
  max: number;
  default: number;
}

export interface KindMeta {
  /** Name of the kind on the settings page. */
  label: string;
  /** One line on the settings page: when it speaks up. */
  description: string;
  /** null when the kind has no number to tune (the weekly goal has its own setting). */
  threshold: ThresholdMeta | null;
  /** Default days before the same nudge may come again. */
  cooldownDays: number;
  /** Higher first when the daily budget is short. */
  priority: number;
}

export const KIND_META: Record<NudgeKind, KindMeta> = {
  momentum: {
    label: 'Keep the momentum',
    description: 'When no application has gone out for a few days, with the saved jobs that are waiting.',
    threshold: { label: 'Days without an application', min: 1, max: 30, default: 3 },
    cooldownDays: 3,
    priority: 60,
  },
  'thin-pipeline': {
    label: 'Keep options open',
    description: 'When few applications are in flight, above all while you wait on replies.',
    threshold: { label: 'Fewer in flight than', min: 1, max: 50, default: 5 },
    cooldownDays: 4,
    priority: 50,
  },
  'weekly-goal': {
    label: 'Weekly goal',
    description: 'Your progress in the middle of the week, and how the week went on Sunday.',
    threshold: null,
    cooldownDays: 3,
    priority: 45,
  },
  'follow-up': {
    label: 'Follow-ups',
    description: 'When an application has had no answer for a while and no follow-up yet.',
    threshold: { label: 'Days after applying', min: 1, max: 60, default: 7 },
    cooldownDays: 7,
    priority: 80,
  },
  'thank-you': {
    label: 'Interviews',
    description: 'For the interview rounds you date: the day before, a reminder to prepare; the day after, to thank the people you met.',
    threshold: null,
    cooldownDays: 1,
    priority: 90,
  },
  'feedback-request': {
    label: 'Ask for feedback',
    description: 'A day or so after a rejection, a reminder to ask why and what would have helped.',
    threshold: { label: 'Days after the rejection', min: 0, max: 14, default: 1 },
    cooldownDays: 4,
    priority: 75,
  },
  debrief: {
    label: 'Debriefs',
    description: 'When a rejection has not been debriefed yet.',
    threshold: { label: 'Days after the rejection', min: 0, max: 30, default: 2 },
    cooldownDays: 5,
    priority: 40,
  },
  silence: {
    label: 'Long silences',
    description: 'When applications have heard nothing for weeks: mark them "no response" in one go.',
    threshold: { label: 'Days of silence', min: 7, max: 120, default: 30 },
    cooldownDays: 7,
    priority: 30,
  },
  offers: {
    label: 'More than one offer',
    description: 'When offers are on the table together: one can help you negotiate another.',
    threshold: { label: 'Offers at once', min: 2, max: 10, default: 2 },
    cooldownDays: 7,
    priority: 70,
  },
};
