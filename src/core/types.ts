/** The plain data the whole extension shares. No browser APIs here. */

export const STAGES = [
  'saved',
  'applied',
  'screening',
  'interviewing',
  'offer',
  'accepted',
  'rejected',
  'withdrawn',
  'no_response',
] as const;
export type Stage = (typeof STAGES)[number];

export const WORK_MODES = ['remote', 'hybrid', 'onsite'] as const;
export type WorkMode = (typeof WORK_MODES)[number];

/** What extraction finds on a page. Every field is optional text except the URL. */
export interface JobDraft {
  title: string;
  company: string;
  location: string;
  salary: string;
  employmentType: string;
  workMode: WorkMode | null;
  /** Board or ATS id, e.g. "greenhouse", "linkedin", or "web" for any other site. */
  board: string;
  /** The board's own job id where there is one. */
  jobId: string;
  url: string;
  /** Plain-text snapshot of the description (never markup). */
  description: string;
}

export interface Application {
  id: string;
  title: string;
  company: string;
  location: string;
  workMode: WorkMode | null;
  salary: string;
  employmentType: string;
  board: string;
  jobId: string;
  postingUrl: string;
  canonicalUrl: string;
  /** "board:jobId" when the board has ids, else "" (Dexie index for dedupe). */
  jobKey: string;
  description: string;
  stage: Stage;
  savedAt: number;
  appliedAt: number | null;
  notes: string;
  createdAt: number;
  updatedAt: number;
}

export type EventSource = 'popup' | 'shortcut' | 'context-menu' | 'auto' | 'options' | 'import';

export type TimelineEventKind = 'captured' | 'applied' | 'stage' | 'edit' | 'note';

export interface TimelineEvent {
  id?: number;
  applicationId: string;
  at: number;
  kind: TimelineEventKind;
  from?: Stage;
  to?: Stage;
  /** Which fields an edit touched, or a short human-readable detail. */
  detail?: string;
  source?: EventSource;
}
