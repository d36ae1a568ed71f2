/**
 * What a valid record of each known table looks like, checked before anything is written. Loose
 * objects: fields this code does not know (added by a later schema version, or another feature)
 * are kept as they are, so an import stays lossless. Tables without a schema here (added later)
 * are checked only for a usable key (see genericRecordSchema).
 */
import { z } from 'zod';
import { STAGES, WORK_MODES, type EventSource, type TimelineEventKind } from '../types';
import { DEBRIEF_STATUSES, DEBRIEF_STEPS, THEME_IDS } from '../debrief/types';

// Extension pages forbid eval; tell zod not to try its eval-based fast path.
z.config({ jitless: true });

const time = z.number().finite();
const text = z.string();

// Written as records so that adding a kind or a source to types.ts without adding it here fails tsc.
const EVENT_KINDS: Record<TimelineEventKind, true> = {
  captured: true,
  applied: true,
  stage: true,
  edit: true,
  note: true,
  contact: true,
  interview: true,
  reply: true,
  joined: true,
};
const EVENT_SOURCES: Record<EventSource, true> = {
  popup: true,
  shortcut: true,
  'context-menu': true,
  auto: true,
  options: true,
  import: true,
  email: true,
};
const keysOf = <K extends string>(record: Record<K, true>) => Object.keys(record) as [K, ...K[]];

export const applicationRecordSchema = z.looseObject({
  id: z.string().min(1),
  title: text,
  company: text,
  location: text,
  workMode: z.enum(WORK_MODES).nullable(),
  salary: text,
  employmentType: text,
  board: text,
  jobId: text,
  postingUrl: text,
  canonicalUrl: text,
  jobKey: text,
  description: text,
  stage: z.enum(STAGES),
  savedAt: time,
  appliedAt: time.nullable(),
  notes: text,
  createdAt: time,
  updatedAt: time,
  // Schema v3: people and interview rounds, kept on the application. Absent in older exports.
  contacts: z.array(z.looseObject({ id: z.string().min(1), name: text, role: text, email: text, profileUrl: text })).optional(),
  interviews: z.array(z.looseObject({ id: z.string().min(1), name: text, at: time.nullable(), notes: text })).optional(),
  // Schema v4: the user's own details. Absent in older exports; interviewAt is re-derived on write.
  tags: z.array(text).optional(),
  excitement: z.number().int().min(1).max(5).nullable().optional(),
  deadline: time.nullable().optional(),
  resumeVersion: text.optional(),
  coverLetterVersion: text.optional(),
  interviewAt: z.array(time).optional(),
  // Schema v5: the job's other addresses. Absent in older exports; otherKeys is re-derived on write.
  otherUrls: z.array(text).optional(),
  otherKeys: z.array(text).optional(),
});

export const eventRecordSchema = z.looseObject({
  id: z.number().int().positive().optional(),
  applicationId: z.string().min(1),
  at: time,
  kind: z.enum(keysOf(EVENT_KINDS)),
  from: z.enum(STAGES).optional(),
  to: z.enum(STAGES).optional(),
  detail: text.optional(),
  source: z.enum(keysOf(EVENT_SOURCES)).optional(),
  site: text.optional(),
  // An employer's email (kind "reply"): only what its chip showed, and a link back to it.
  reply: z
    .looseObject({
      label: z.enum(['rejection', 'offer', 'interview', 'assessment', 'acknowledgement']),
      subject: text,
      from: text,
      date: time.nullable(),
      sentence: text,
      link: text,
    })
    .optional(),
});

export const debriefRecordSchema = z.looseObject({
  id: z.string().min(1),
  applicationId: z.string().min(1),
  status: z.enum(DEBRIEF_STATUSES),
  step: z.enum(DEBRIEF_STEPS),
  contact: z.looseObject({ name: text, email: text }).nullable(),
  note: text,
  noteSentAt: time.nullable(),
  reminderAt: time.nullable(),
  feedback: text,
  reflection: text,
  themes: z.array(z.enum(THEME_IDS)),
  nextStep: text,
  nextStepDueAt: time.nullable().optional(),
  createdAt: time,
  updatedAt: time,
  completedAt: time.nullable(),
});

export const actionItemRecordSchema = z.looseObject({
  id: z.string().min(1),
  debriefId: z.string().min(1),
  applicationId: z.string().min(1),
  theme: z.enum(THEME_IDS),
  text,
  dueAt: time.nullable(),
  doneAt: time.nullable(),
  createdAt: time,
  updatedAt: time,
});

export const preferenceRecordSchema = z.looseObject({
  id: z.string().min(1),
  text,
  kind: z.enum(['want', 'avoid']),
  sourceApplicationId: z.string().nullable(),
  createdAt: time,
});

export const RECORD_SCHEMAS: Record<string, z.ZodType<Record<string, unknown>>> = {
  applications: applicationRecordSchema,
  events: eventRecordSchema,
  debriefs: debriefRecordSchema,
  actionItems: actionItemRecordSchema,
  preferences: preferenceRecordSchema,
};

/** A table this code has no schema for: any object whose key is usable as a key. */
export function genericRecordSchema(primaryKey: string, autoIncrement: boolean): z.ZodType<Record<string, unknown>> {
  const key = z.union([z.string().min(1), z.number().finite()]);
  return z.looseObject({ [primaryKey]: autoIncrement ? key.optional() : key });
}
