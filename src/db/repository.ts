/**
 * Every write to the pipeline goes through here, so the rules live in one place: dedupe, stage
 * transitions, applied dates and timeline events. Used by the background (captures from pages) and by
 * the popup and options page (edits), which share the extension origin and so the same database.
 */
import { canonicalUrl, jobKey } from '../core/dedupe';
import { sameJobCandidates, windowStart } from '../core/job-match';
import { otherAddresses, withOtherUrls } from '../core/join-records';
import { NO_DETAILS, normalizeExcitement, parseTags } from '../core/job-details';
import { followUpEvent } from '../core/nudges/facts';
import { appliedAtAfter, stageAfterAutoApply } from '../core/stages';
import type { Application, EventSource, JobDraft, Stage, TimelineEvent } from '../core/types';
import type { ActionItem, Debrief } from '../core/debrief/types';
import { ensureDebriefFor } from './debrief-repository';
import { joinInTransaction, joinTables } from './join-repository';
import type { ReboundDb } from './schema';
import { eventsOf } from './events-of';
import { ownedBy, removeWithOwned } from './owned-by';

export interface CaptureResult {
  application: Application;
  created: boolean;
  /**
   * Several saved records could be this job (same company and title, from other sites): the capture
   * was kept as a record of its own, and these are the ones to ask about, most recent first.
   */
  choices?: Application[];
  /** What Undo needs to take this capture back, and nothing more (kept in storage.session); absent when repeated. */
  undo?: CaptureUndo;
  /** This capture (by its id) was already written: nothing was written again. */
  repeated?: boolean;
  /** `holdIf` kept the record found (`application`) as it was: nothing was written, the caller asks first. */
  held?: boolean;
}

/**
 * A capture, as Undo sees it: which record, when, whether the capture created it, and for one it
 * updated, the old values of only the fields it changed (fields it filled were empty, so this is small).
 */
export interface CaptureUndo {
  applicationId: string;
  capturedAt: number;
  created: boolean;
  before?: Partial<Application>;
}

/** The old values of the fields that differ between two versions of a record. */
function changedFields(before: Application, after: Application): Partial<Application> {
  const old: Record<string, unknown> = {};
  for (const key of Object.keys(after) as Array<keyof Application>) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) old[key] = before[key] ?? null;
  }
  return old as Partial<Application>;
}

/** The fields a user may edit directly. */
export const EDITABLE_FIELDS = [
  'title',
  'company',
  'location',
  'workMode',
  'salary',
  'employmentType',
  'board',
  'jobId',
  'postingUrl',
  'description',
  'notes',
  // Schema v4 details, and the two dates people need to correct (a job applied to before Rebound).
  'tags',
  'excitement',
  'deadline',
  'resumeVersion',
  'coverLetterVersion',
  'savedAt',
  'appliedAt',
] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];
export type ApplicationPatch = Partial<Pick<Application, EditableField>>;

export async function findDuplicate(db: ReboundDb, draft: Pick<JobDraft, 'url' | 'board' | 'jobId'>) {
  return (await findSameJob(db, draft))?.record;
}

/**
 * The record a capture is about: by its own board job key or address ("own"), or by one of the other
 * addresses a record keeps (`otherUrls`: the board's outbound apply link, an earlier application page).
 */
export async function findSameJob(
  db: ReboundDb,
  draft: Pick<JobDraft, 'url' | 'board' | 'jobId'>,
): Promise<{ record: Application; via: 'own' | 'other-address' } | undefined> {
  const key = jobKey(draft.board, draft.jobId);
  const url = canonicalUrl(draft.url);
  const own =
    (key ? await db.applications.where('jobKey').equals(key).first() : undefined) ??
    (url ? await db.applications.where('canonicalUrl').equals(url).first() : undefined);
  if (own) return { record: own, via: 'own' };
  const keys = [key, url].filter(Boolean);
  const other = keys.length ? await db.applications.where('otherKeys').anyOf(keys).first() : undefined;
  return other ? { record: other, via: 'other-address' } : undefined;
}

/** Records seen in the matching window (src/core/job-match.ts), for company-and-title matching. */
async function recentRecords(db: ReboundDb, now: number): Promise<Application[]> {
  const since = windowStart(now);
  const [bySaved, byUpdated] = await Promise.all([
    db.applications.where('savedAt').aboveOrEqual(since).toArray(),
    db.applications.where('updatedAt').aboveOrEqual(since).toArray(),
  ]);
  return [...new Map([...bySaved, ...byUpdated].map((app) => [app.id, app])).values()];
}

/** Fill only what the record lacks: a re-capture never overwrites what the user typed. */
function mergeDraft(existing: Application, draft: JobDraft): Application {
  const fill = <K extends keyof Application>(key: K, value: Application[K]) =>
    existing[key] === '' || existing[key] === null ? value : existing[key];
  return {
    ...existing,
    title: fill('title', draft.title),
    company: fill('company', draft.company),
    location: fill('location', draft.location),
    workMode: fill('workMode', draft.workMode),
    salary: fill('salary', draft.salary),
    employmentType: fill('employmentType', draft.employmentType),
    board: fill('board', draft.board),
    jobId: fill('jobId', draft.jobId),
    description: fill('description', draft.description),
    jobKey: existing.jobKey || jobKey(draft.board, draft.jobId),
    canonicalUrl: existing.canonicalUrl || canonicalUrl(draft.url),
    postingUrl: existing.postingUrl || draft.url,
    ...otherAddresses(withOtherUrls(existing, existing.postingUrl ? draft.url : undefined, draft.applyUrl)),
  };
}

function newApplication(draft: JobDraft, stage: Stage, now: number): Application {
  return {
    id: crypto.randomUUID(),
    title: draft.title,
    company: draft.company,
    location: draft.location,
    workMode: draft.workMode,
    salary: draft.salary,
    employmentType: draft.employmentType,
    board: draft.board,
    jobId: draft.jobId,
    postingUrl: draft.url,
    canonicalUrl: canonicalUrl(draft.url),
    jobKey: jobKey(draft.board, draft.jobId),
    description: draft.description,
    stage,
    savedAt: now,
    appliedAt: appliedAtAfter(stage, null, now),
    notes: '',
    createdAt: now,
    updatedAt: now,
    contacts: [],
    interviews: [],
    ...NO_DETAILS,
    tags: [],
    interviewAt: [],
    ...otherAddresses(withOtherUrls({ postingUrl: draft.url }, draft.applyUrl)),
  };
}

export interface CaptureOptions {
  source: EventSource;
  /** "applied" when a submission was seen (or the user says they applied), else "saved". */
  stage: 'saved' | 'applied';
  now?: number;
  /** The sender's id for this capture: a second delivery of it (a retry) writes nothing. */
  captureId?: string;
  /** Where it happened (a site id or a host), for the timeline: "Saved from LinkedIn". */
  site?: string;
  /**
   * An application seen on a page: with no record at its addresses, look for the job saved on another
   * site by company and title (src/core/job-match.ts). One match is updated; several are asked about.
   */
  acrossSites?: boolean;
  /**
   * Asked about the record found at the capture's own job key or address before anything changes: true
   * leaves it as it is (`held`), so the caller can ask the person first. Asked inside the write's
   * transaction, so what it decided on is what would have been written.
   */
  holdIf?: (existing: Application) => boolean;
}

/** Was the capture with this id already written to this application? */
async function alreadyWritten(db: ReboundDb, applicationId: string, captureId: string | undefined): Promise<boolean> {
  if (!captureId) return false;
  const found = await eventsOf(db, applicationId).filter((e) => e.captureId === captureId).first();
  return found !== undefined;
}

/** Save a captured job: create it, or update the one it duplicates. One transaction. */
export async function saveCapture(db: ReboundDb, draft: JobDraft, options: CaptureOptions): Promise<CaptureResult> {
  const now = options.now ?? Date.now();
  const { captureId } = options;
  const stamp = <E extends TimelineEvent>(event: E): E => ({ ...event, ...(options.site ? { site: options.site } : {}), ...(captureId ? { captureId } : {}) });
  return db.transaction('rw', db.applications, db.events, async () => {
    const found = await findSameJob(db, draft);
    if (found?.via === 'own' && options.holdIf?.(found.record)) return { application: found.record, created: false, held: true };
    let existing = found?.record;
    // A retry finds the record its first delivery wrote (same draft, same dedupe keys) and its event.
    if (existing && (await alreadyWritten(db, existing.id, captureId))) {
      // The first delivery (the outbox's copy, drained on wake) may have been answered to nobody: the
      // question it raised is raised again for the page that is still waiting.
      const others = options.acrossSites ? sameJobCandidates(draft, await recentRecords(db, now), now).filter((r) => r.id !== existing!.id) : [];
      return { application: existing, created: false, repeated: true, ...(others.length >= 2 ? { choices: others.slice(0, 3) } : {}) };
    }
    let choices: Application[] = [];
    if (!existing && options.acrossSites && options.stage === 'applied') {
      const candidates = sameJobCandidates(draft, await recentRecords(db, now), now);
      if (candidates.length === 1) existing = candidates[0];
      else choices = candidates.slice(0, 3);
    }
    if (!existing) {
      const application = newApplication(draft, options.stage, now);
      await db.applications.add(application);
      await db.events.add(stamp({ applicationId: application.id, at: now, kind: options.stage === 'applied' ? 'applied' : 'captured', to: options.stage, source: options.source }));
      const undo = { applicationId: application.id, capturedAt: now, created: true };
      return { application, created: true, undo, ...(choices.length ? { choices } : {}) };
    }
    const merged = mergeDraft(existing, draft);
    const stage = options.stage === 'applied' ? stageAfterAutoApply(existing.stage) : existing.stage;
    const application: Application = {
      ...merged,
      stage,
      appliedAt: stage === existing.stage ? existing.appliedAt : appliedAtAfter(stage, existing.appliedAt, now),
      updatedAt: now,
    };
    await db.applications.put(application);
    const event: TimelineEvent =
      stage !== existing.stage
        ? { applicationId: existing.id, at: now, kind: 'applied', from: existing.stage, to: stage, source: options.source }
        : { applicationId: existing.id, at: now, kind: 'captured', detail: 'Saved again', source: options.source };
    await db.events.add(stamp(event));
    const undo = { applicationId: existing.id, capturedAt: now, created: false, before: changedFields(existing, application) };
    return { application, created: false, undo };
  });
}

/**
 * The person said the record a capture just created (`fromId`) is the job they saved before (`intoId`):
 * the saved record takes in the capture's (src/db/join-repository.ts, the same join as "Same job as…"
 * on an application's page). Because the answer comes from a page's toast, only a record the rules
 * offered may be chosen (the same company and title, open, recent), and only a capture's own record
 * with nothing of the person's yet (no later edits, notes, contacts or debrief). Returns the updated
 * record, or null when nothing was done.
 */
export async function joinSameJob(db: ReboundDb, fromId: string, intoId: string, now = Date.now()): Promise<Application | null> {
  return db.transaction('rw', joinTables(db), async () => {
    const [from, into] = await db.applications.bulkGet([fromId, intoId]);
    if (!from || !into || from.id === into.id) return null;
    const offered = sameJobCandidates(draftOf(from), await recentRecords(db, now), now);
    if (!offered.some((record) => record.id === into.id)) return null;
    const events = await eventsOf(db, from.id).toArray();
    const owned = (await db.debriefs.where('applicationId').equals(from.id).count()) + (await db.actionItems.where('applicationId').equals(from.id).count());
    const ownWork = from.notes || (from.contacts ?? []).length || (from.interviews ?? []).length || events.some((e) => e.kind !== 'applied' && e.kind !== 'captured');
    if (owned > 0 || ownWork) return null;
    return (await joinInTransaction(db, into.id, from.id, { now })).application;
  });
}

/** A stored record read back as a capture's draft (to compare or merge it like one). */
function draftOf(app: Application): JobDraft {
  return {
    title: app.title,
    company: app.company,
    location: app.location,
    salary: app.salary,
    employmentType: app.employmentType,
    workMode: app.workMode,
    board: app.board,
    jobId: app.jobId,
    url: app.postingUrl,
    description: app.description,
  };
}

/** Change a stage. A rejection also opens a pending debrief (see src/db/debrief-repository.ts). */
export async function setStage(db: ReboundDb, id: string, stage: Stage, source: EventSource, now = Date.now()) {
  return db.transaction('rw', [db.applications, db.events, db.debriefs], async () => {
    const existing = await db.applications.get(id);
    if (!existing) throw new Error('That application no longer exists.');
    if (existing.stage === stage) return existing;
    const updated: Application = {
      ...existing,
      stage,
      appliedAt: appliedAtAfter(stage, existing.appliedAt, now),
      updatedAt: now,
    };
    await db.applications.put(updated);
    await db.events.add({ applicationId: id, at: now, kind: 'stage', from: existing.stage, to: stage, source });
    if (stage === 'rejected') await ensureDebriefFor(db, id, now);
    return updated;
  });
}

/**
 * Move several applications to one stage in one transaction, one timeline event each; those already
 * there (or deleted meanwhile) are left alone. Returns the records as they were, for undoStageChanges.
 * Not for "rejected": a rejection opens a debrief, which an undo would leave behind.
 */
export async function setStageMany(
  db: ReboundDb,
  ids: readonly string[],
  stage: Exclude<Stage, 'rejected'>,
  source: EventSource,
  now = Date.now(),
): Promise<Application[]> {
  return db.transaction('rw', db.applications, db.events, async () => {
    const existing = (await db.applications.bulkGet([...ids])).filter(
      (app): app is Application => app !== undefined && app.stage !== stage,
    );
    await db.applications.bulkPut(
      existing.map((app) => ({ ...app, stage, appliedAt: appliedAtAfter(stage, app.appliedAt, now), updatedAt: now })),
    );
    await db.events.bulkAdd(
      existing.map((app): TimelineEvent => ({ applicationId: app.id, at: now, kind: 'stage', from: app.stage, to: stage, source })),
    );
    return existing;
  });
}

/**
 * Undo setStageMany: put each record back as it was and drop the stage event it added. A record
 * changed again since (its updatedAt moved on) keeps that newer change: Undo never overwrites it.
 */
export async function undoStageChanges(db: ReboundDb, previous: readonly Application[], changedAt: number): Promise<void> {
  await db.transaction('rw', db.applications, db.events, async () => {
    for (const before of previous) {
      const current = await db.applications.get(before.id);
      if (!current || current.updatedAt !== changedAt) continue;
      await db.applications.put(before);
      await db.events
        .where('[applicationId+at]')
        .equals([before.id, changedAt])
        .filter((event) => event.kind === 'stage' && event.to === current.stage)
        .delete();
    }
  });
}

/** Field values compared as the user sees them: two tag lists with the same tags are the same. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => item === b[i]);
  return a === b;
}

/** Tags and excitement in their one stored form; dates must be real dates. */
function cleanPatch(patch: ApplicationPatch): ApplicationPatch {
  const clean: ApplicationPatch = { ...patch };
  if (patch.tags !== undefined) clean.tags = parseTags(patch.tags);
  if (patch.excitement !== undefined) clean.excitement = normalizeExcitement(patch.excitement);
  for (const field of ['deadline', 'appliedAt'] as const) {
    const at = patch[field];
    if (at !== undefined && at !== null && !Number.isFinite(at)) throw new Error('That date isn’t one we can read.');
  }
  if (patch.savedAt !== undefined && !Number.isFinite(patch.savedAt)) throw new Error('That date isn’t one we can read.');
  return clean;
}

export async function updateFields(
  db: ReboundDb,
  id: string,
  patch: ApplicationPatch,
  source: EventSource,
  now = Date.now(),
) {
  return db.transaction('rw', db.applications, db.events, async () => {
    const existing = await db.applications.get(id);
    if (!existing) throw new Error('That application no longer exists.');
    const clean = cleanPatch(patch);
    if ('appliedAt' in clean && clean.appliedAt !== existing.appliedAt && existing.stage === 'saved') {
      throw new Error('A saved job has no applied date yet: move it to Applied first.');
    }
    const changed = EDITABLE_FIELDS.filter((field) => field in clean && !sameValue(clean[field], existing[field]));
    if (changed.length === 0) return existing;
    const next: Application = { ...existing, ...clean, updatedAt: now };
    next.canonicalUrl = canonicalUrl(next.postingUrl);
    next.jobKey = jobKey(next.board, next.jobId);
    await db.applications.put(next);
    await db.events.add({ applicationId: id, at: now, kind: 'edit', detail: changed.join(', '), source });
    return next;
  });
}

export interface DeletedApplication {
  application: Application;
  events: TimelineEvent[];
  debriefs: Debrief[];
  actionItems: ActionItem[];
}

/**
 * Delete an application with everything that belongs to it (timeline, debrief, action items); returns
 * all of it so Undo can put it back. Preferences stay: what the user learned outlives the application.
 */
export async function deleteApplication(db: ReboundDb, id: string): Promise<DeletedApplication | undefined> {
  return db.transaction('rw', [db.applications, db.events, db.debriefs, db.actionItems], async () => {
    const application = await db.applications.get(id);
    if (!application) return undefined;
    const owned = ownedBy(db, id);
    const [events, debriefs, actionItems] = await Promise.all([owned.events.toArray(), owned.debriefs.toArray(), owned.actionItems.toArray()]);
    await removeWithOwned(db, id);
    return { application, events, debriefs, actionItems };
  });
}

export async function restoreApplication(db: ReboundDb, deleted: DeletedApplication): Promise<void> {
  await db.transaction('rw', [db.applications, db.events, db.debriefs, db.actionItems], async () => {
    await db.applications.put(deleted.application);
    await db.events.bulkPut(deleted.events);
    await db.debriefs.bulkPut(deleted.debriefs ?? []);
    await db.actionItems.bulkPut(deleted.actionItems ?? []);
  });
}

/** What Undo did: took the capture back, kept a record changed since, or found it already gone. */
export type UndoOutcome = 'undone' | 'changed' | 'gone';

/**
 * Undo a capture: only what the capture itself did. A record created by it is removed with its
 * timeline (and anything that could hang off it, so nothing is orphaned); a record it updated gets
 * back the old values of the fields it changed, and loses the capture's own timeline event. A record
 * changed since the capture (edited, a contact added, a stage moved: each bumps updatedAt and writes
 * a timeline event) is kept as it is, and the answer says so.
 */
export async function undoCapture(db: ReboundDb, undo: CaptureUndo): Promise<UndoOutcome> {
  const { applicationId: id, capturedAt } = undo;
  return db.transaction('rw', [db.applications, db.events, db.debriefs, db.actionItems], async () => {
    const current = await db.applications.get(id);
    if (!current) return 'gone';
    const since = (item: { updatedAt: number }) => item.updatedAt >= capturedAt;
    const owned = ownedBy(db, id);
    const later = await Promise.all([
      db.events.where('[applicationId+at]').between([id, capturedAt], [id, Number.POSITIVE_INFINITY], false, true).count(),
      owned.debriefs.filter(since).count(),
      owned.actionItems.filter(since).count(),
    ]);
    if (current.updatedAt !== capturedAt || later.some((count) => count > 0)) return 'changed';
    if (undo.created) {
      await removeWithOwned(db, id);
      return 'undone';
    }
    await db.applications.put({ ...current, ...undo.before });
    await db.events
      .where('[applicationId+at]')
      .equals([id, capturedAt])
      .filter((event) => event.kind === 'captured' || event.kind === 'applied')
      .delete();
    return 'undone';
  });
}

export function timeline(db: ReboundDb, applicationId: string) {
  return db.events.where('[applicationId+at]').between([applicationId, 0], [applicationId, Number.POSITIVE_INFINITY]).toArray();
}

/**
 * "I followed up" (a notification's button): a note on the application's timeline, which the
 * follow-up rule reads. Nothing is written for an application deleted since the notification showed.
 */
export async function logFollowUp(db: ReboundDb, applicationId: string, at = Date.now()): Promise<boolean> {
  return db.transaction('rw', db.applications, db.events, async () => {
    if (!(await db.applications.get(applicationId))) return false;
    await db.events.add(followUpEvent(applicationId, at));
    return true;
  });
}
