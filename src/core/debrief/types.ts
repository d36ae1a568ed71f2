/** The plain data of a rejection debrief. No browser APIs here. */

export const THEME_IDS = [
  'close_call',
  'interview',
  'resume_skill',
  'competency',
  'fit',
  'salary',
  'other',
] as const;
export type ThemeId = (typeof THEME_IDS)[number];

export const DEBRIEF_STATUSES = ['pending', 'in_progress', 'done', 'skipped'] as const;
export type DebriefStatus = (typeof DEBRIEF_STATUSES)[number];

/** The five steps, in order. Each one can be skipped. */
export const DEBRIEF_STEPS = ['perspective', 'ask', 'feedback', 'silver_lining', 'keep_going'] as const;
export type DebriefStep = (typeof DEBRIEF_STEPS)[number];

export interface DebriefContact {
  name: string;
  email: string;
}

export interface Debrief {
  id: string;
  /** One debrief per application (unique index). */
  applicationId: string;
  status: DebriefStatus;
  /** The step to resume at. */
  step: DebriefStep;
  /** Who to thank and ask for feedback; starts from the application's contacts (contact-prefill.ts). */
  contact: DebriefContact | null;
  /** The note as the user edited it; "" means "use the drafted note". */
  note: string;
  /** When the user said they sent the note. */
  noteSentAt: number | null;
  /** One reminder, if no answer has come by then (read by the nudge rules). */
  reminderAt: number | null;
  /** Feedback as received, stored exactly as pasted: plain text, shown as text, never as markup. */
  feedback: string;
  /** The user's own thoughts, when no feedback comes (or as well). */
  reflection: string;
  /** Themes the user confirmed. */
  themes: ThemeId[];
  /** The one next step the user set at the end. */
  nextStep: string;
  /** By when (local midnight of the day), if they said; finishing turns the step into an action item. */
  nextStepDueAt?: number | null;
  createdAt: number;
  updatedAt: number;
  completedAt: number | null;
}

export interface ActionItem {
  id: string;
  debriefId: string;
  applicationId: string;
  theme: ThemeId;
  text: string;
  dueAt: number | null;
  doneAt: number | null;
  createdAt: number;
  updatedAt: number;
}

export type PreferenceKind = 'want' | 'avoid';

export interface Preference {
  id: string;
  text: string;
  kind: PreferenceKind;
  /** The application whose debrief taught this; null when typed in the preferences list. */
  sourceApplicationId: string | null;
  createdAt: number;
}
