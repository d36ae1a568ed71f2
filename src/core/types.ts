/** The plain data the whole extension shares. No browser APIs here. */
import type { ReplyLabel } from './reply/types';

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

/** What a page is, as detection sees it: one job, its application form, the confirmation after it, a list, or anything else. */
export const PAGE_KINDS = ['posting', 'application', 'confirmation', 'listing', 'other'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

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
  /**
   * Where the board sends the person to apply, when the page shows it (LinkedIn's "Apply on company
   * website", Indeed's "Apply on company site"): kept with the record, so the application there later
   * updates it (see SiteReader.applyUrl).
   */
  applyUrl?: string;
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
  /**
   * People met along the way (schema v3). The v3 upgrade gives every record an empty list and new
   * records start with one; optional in the type only so records built by older code still type-check:
   * read them with contactsOf() (src/core/contacts.ts).
   */
  contacts?: Contact[];
  /** Interview rounds with their dates (schema v3); read with interviewsOf() (src/core/interviews.ts). */
  interviews?: InterviewRound[];
  /** Schema v4: the user's own labels ("referral", "fintech"), trimmed, no duplicates; read with detailsOf(). */
  tags?: string[];
  /** How much the user wants this one, 1–5, or null when not said (schema v4). */
  excitement?: number | null;
  /** Last day to apply (local midnight, epoch ms), or null (schema v4). */
  deadline?: number | null;
  /** Which résumé and cover letter went out, in the user's own words ("v3 — data focus") (schema v4). */
  resumeVersion?: string;
  coverLetterVersion?: string;
  /**
   * The dates of its dated interview rounds, kept by the database layer itself (src/db/derived.ts) so
   * a multi-entry index can answer "interviews in the next seven days" without reading every record.
   */
  interviewAt?: number[];
  /**
   * Schema v5: the job's other addresses (the board's outbound apply address, the employer's page the
   * application went in on), besides postingUrl. One job, found on one site and applied to on another.
   */
  otherUrls?: string[];
  /**
   * Schema v5, kept by the database layer (src/db/derived.ts): the canonical URLs and board job keys of
   * otherUrls, a multi-entry index so a capture at any of them finds this record.
   */
  otherKeys?: string[];
}

/** Someone at the company or agency: all text, every field optional but the id. */
export interface Contact {
  id: string;
  name: string;
  role: string;
  email: string;
  /** A profile or page about them: only http(s) or mailto links are ever stored. */
  profileUrl: string;
}

/** One round of interviews: "Phone screen", "Technical interview", "Final round"… */
export interface InterviewRound {
  id: string;
  name: string;
  /** When it takes place (epoch ms), or null while it is still being arranged. */
  at: number | null;
  notes: string;
}

export type EventSource = 'popup' | 'shortcut' | 'context-menu' | 'auto' | 'options' | 'import' | 'email';

/** 'joined': another record of the same job was joined into this one ("Same job as…"); its detail names it. */
export type TimelineEventKind = 'captured' | 'applied' | 'stage' | 'edit' | 'note' | 'contact' | 'interview' | 'reply' | 'joined';

/**
 * An employer's email, as far as Rebound keeps it: only what its chip showed, and a link back to the
 * message in the webmail. Never the body.
 */
export interface ReplyNote {
  label: Exclude<ReplyLabel, 'other'>;
  subject: string;
  /** Sender as shown: "Acme Hiring Team <no-reply@…>". */
  from: string;
  /** When the email was sent (epoch ms), when the page showed it. */
  date: number | null;
  /** The sentence that decided the label. */
  sentence: string;
  /** The message in Gmail or Outlook on the web. */
  link: string;
}

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
  /** The capture that wrote this event: a retry of that capture finds it and adds nothing. */
  captureId?: string;
  /** Where it happened, as a site id or host ("linkedin", "careers.acme.com"): "Saved from LinkedIn". */
  site?: string;
  /** kind "reply": the email it came from. */
  reply?: ReplyNote;
}
