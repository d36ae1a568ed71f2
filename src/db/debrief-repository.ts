/**
 * Every write to debriefs, action items and preferences goes through here. Used by the options page
 * and the popup (same extension origin, same database) and by whatever marks an application
 * rejected, which calls ensureDebriefFor so a debrief is waiting, pending, whenever the user is ready.
 */
import type { Application } from '../core/types';
import {
  DEBRIEF_STEPS,
  type ActionItem,
  type Debrief,
  type DebriefContact,
  type DebriefStep,
  type Preference,
  type PreferenceKind,
  type ThemeId,
} from '../core/debrief/types';
import type { ReboundDb } from './schema';

const DAY = 24 * 60 * 60 * 1000;
/** One reminder a week after the note was sent: long enough for a busy hiring manager to answer. */
export const REMINDER_AFTER_MS = 7 * DAY;

function newDebrief(applicationId: string, now: number): Debrief {
  return {
    id: crypto.randomUUID(),
    applicationId,
    status: 'pending',
    step: 'perspective',
    contact: null,
    note: '',
    noteSentAt: null,
    reminderAt: null,
    feedback: '',
    reflection: '',
    themes: [],
    nextStep: '',
    createdAt: now,
    updatedAt: now,
    completedAt: null,
  };
}

/**
 * The debrief of an application, created as "pending" if it has none. Idempotent: call it every
 * time an application is marked rejected; a debrief already started, done or skipped is left as it is.
 */
export async function ensureDebriefFor(db: ReboundDb, applicationId: string, now = Date.now()): Promise<Debrief> {
  return db.transaction('rw', db.debriefs, async () => {
    const existing = await db.debriefs.where('applicationId').equals(applicationId).first();
    if (existing) return existing;
    const debrief = newDebrief(applicationId, now);
    await db.debriefs.add(debrief);
    return debrief;
  });
}

export function debriefFor(db: ReboundDb, applicationId: string): Promise<Debrief | undefined> {
  return db.debriefs.where('applicationId').equals(applicationId).first();
}

/** The fields the debrief pages save as the user goes. */
export type DebriefPatch = Partial<
  Pick<Debrief, 'step' | 'contact' | 'note' | 'feedback' | 'reflection' | 'themes' | 'nextStep' | 'nextStepDueAt'>
>;

/** Read, change and write one debrief in a transaction; any write moves "pending" to "in progress". */
async function changeDebrief(
  db: ReboundDb,
  debriefId: string,
  change: (existing: Debrief) => Debrief,
  now: number,
): Promise<Debrief> {
  return db.transaction('rw', db.debriefs, async () => {
    const existing = await db.debriefs.get(debriefId);
    if (!existing) throw new Error('That debrief no longer exists.');
    const started: Debrief = {
      ...existing,
      status: existing.status === 'pending' || existing.status === 'skipped' ? 'in_progress' : existing.status,
      updatedAt: now,
    };
    const next = change(started);
    await db.debriefs.put(next);
    return next;
  });
}

/**
 * Save progress. Any save moves a pending debrief to "in progress", so the popup can say "pick up
 * where you left off"; a finished one stays finished.
 */
export function saveDebrief(db: ReboundDb, debriefId: string, patch: DebriefPatch, now = Date.now()): Promise<Debrief> {
  return changeDebrief(
    db,
    debriefId,
    (existing) => ({
      ...existing,
      ...patch,
      contact: patch.contact === undefined ? existing.contact : normaliseContact(patch.contact),
      themes: patch.themes ? [...new Set(patch.themes)] : existing.themes,
    }),
    now,
  );
}

/**
 * Tick or untick one theme against the stored list, inside the write's transaction. The screen's copy
 * of the list can be a render behind: two quick ticks built from it would each save a list missing
 * the other's theme.
 */
export function setDebriefTheme(db: ReboundDb, debriefId: string, theme: ThemeId, on: boolean, now = Date.now()): Promise<Debrief> {
  return changeDebrief(
    db,
    debriefId,
    (existing) => ({
      ...existing,
      themes: on ? [...new Set([...existing.themes, theme])] : existing.themes.filter((t) => t !== theme),
    }),
    now,
  );
}

function normaliseContact(contact: DebriefContact | null): DebriefContact | null {
  if (!contact) return null;
  const name = contact.name.trim();
  const email = contact.email.trim();
  return name || email ? { name, email } : null;
}

export function nextStep(step: DebriefStep): DebriefStep | null {
  return DEBRIEF_STEPS[DEBRIEF_STEPS.indexOf(step) + 1] ?? null;
}

/** "I sent it": remember when, and schedule the one reminder. */
export function markNoteSent(db: ReboundDb, debriefId: string, now = Date.now()): Promise<Debrief> {
  return changeDebrief(db, debriefId, (d) => ({ ...d, noteSentAt: now, reminderAt: now + REMINDER_AFTER_MS }), now);
}

/** "Not sent after all": no reminder. */
export function unmarkNoteSent(db: ReboundDb, debriefId: string, now = Date.now()): Promise<Debrief> {
  return changeDebrief(db, debriefId, (d) => ({ ...d, noteSentAt: null, reminderAt: null }), now);
}

/** Feedback arrived (or the user gave up waiting): the reminder is no longer needed. */
export async function clearReminder(db: ReboundDb, debriefId: string): Promise<void> {
  await db.debriefs.update(debriefId, { reminderAt: null });
}

/** The action item a debrief's "Your next step" becomes: one per debrief, found by this id. */
export const NEXT_STEP_PREFIX = 'next-step:';
export const nextStepItemId = (debriefId: string) => `${NEXT_STEP_PREFIX}${debriefId}`;

/**
 * Finish: the debrief is done, and "Your next step" becomes an action item with its date (updated
 * when the debrief is finished again, its tick kept; removed if the step was cleared). One transaction.
 */
export function completeDebrief(db: ReboundDb, debriefId: string, now = Date.now()): Promise<Debrief> {
  return db.transaction('rw', db.debriefs, db.actionItems, async () => {
    const done = await changeDebrief(db, debriefId, (d) => ({ ...d, status: 'done', completedAt: now, step: 'keep_going' }), now);
    const id = nextStepItemId(done.id);
    const text = done.nextStep.trim();
    if (!text) {
      await db.actionItems.delete(id);
      return done;
    }
    const existing = await db.actionItems.get(id);
    await db.actionItems.put({
      id,
      debriefId: done.id,
      applicationId: done.applicationId,
      theme: 'other',
      text,
      dueAt: done.nextStepDueAt ?? null,
      doneAt: existing?.doneAt ?? null,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    });
    return done;
  });
}

/** "Not for this one": nothing is deleted; it can be opened again from the application. */
export async function skipDebrief(db: ReboundDb, debriefId: string, now = Date.now()): Promise<void> {
  await db.debriefs.update(debriefId, { status: 'skipped', updatedAt: now });
}

export interface PendingDebrief {
  debrief: Debrief;
  application: Application;
}

/**
 * Debriefs waiting for the user (pending or in progress), newest rejection first. Only applications
 * that still exist and are still rejected count: one moved back by mistake is not nagged about.
 */
export async function pendingDebriefs(db: ReboundDb): Promise<PendingDebrief[]> {
  const debriefs = await db.debriefs.where('status').anyOf(['pending', 'in_progress']).toArray();
  const applications = await db.applications.bulkGet(debriefs.map((d) => d.applicationId));
  return debriefs
    .map((debrief, i) => ({ debrief, application: applications[i] }))
    .filter((row): row is PendingDebrief => row.application?.stage === 'rejected')
    .sort((a, b) => b.debrief.createdAt - a.debrief.createdAt);
}

// Action items ---------------------------------------------------------------------------------

export async function addActionItem(
  db: ReboundDb,
  debrief: Pick<Debrief, 'id' | 'applicationId'>,
  theme: ThemeId,
  text: string,
  dueAt: number | null = null,
  now = Date.now(),
): Promise<ActionItem> {
  const item: ActionItem = {
    id: crypto.randomUUID(),
    debriefId: debrief.id,
    applicationId: debrief.applicationId,
    theme,
    text: text.trim(),
    dueAt,
    doneAt: null,
    createdAt: now,
    updatedAt: now,
  };
  await db.actionItems.add(item);
  return item;
}

export type ActionItemPatch = Partial<Pick<ActionItem, 'text' | 'dueAt' | 'theme'>>;

export async function updateActionItem(db: ReboundDb, id: string, patch: ActionItemPatch, now = Date.now()) {
  await db.actionItems.update(id, { ...patch, updatedAt: now });
}

export async function setActionItemDone(db: ReboundDb, id: string, done: boolean, now = Date.now()) {
  await db.actionItems.update(id, { doneAt: done ? now : null, updatedAt: now });
}

export async function deleteActionItem(db: ReboundDb, id: string): Promise<ActionItem | undefined> {
  const item = await db.actionItems.get(id);
  await db.actionItems.delete(id);
  return item;
}

export async function restoreActionItem(db: ReboundDb, item: ActionItem) {
  await db.actionItems.put(item);
}

/** A debrief's items, oldest first, so they stay where the user put them. */
export async function actionItemsFor(db: ReboundDb, debriefId: string): Promise<ActionItem[]> {
  const items = await db.actionItems.where('debriefId').equals(debriefId).toArray();
  return items.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}

// Preferences ----------------------------------------------------------------------------------

export async function addPreference(
  db: ReboundDb,
  text: string,
  kind: PreferenceKind,
  sourceApplicationId: string | null,
  now = Date.now(),
): Promise<Preference | null> {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const preference: Preference = { id: crypto.randomUUID(), text: trimmed, kind, sourceApplicationId, createdAt: now };
  await db.preferences.add(preference);
  return preference;
}

export async function updatePreference(db: ReboundDb, id: string, patch: Partial<Pick<Preference, 'text' | 'kind'>>) {
  await db.preferences.update(id, patch);
}

export async function deletePreference(db: ReboundDb, id: string): Promise<Preference | undefined> {
  const preference = await db.preferences.get(id);
  await db.preferences.delete(id);
  return preference;
}

export async function restorePreference(db: ReboundDb, preference: Preference) {
  await db.preferences.put(preference);
}

export async function listPreferences(db: ReboundDb): Promise<Preference[]> {
  return db.preferences.orderBy('createdAt').toArray();
}
