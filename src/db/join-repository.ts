/**
 * Two records of one job become one, in one transaction: the kept record takes in the other
 * (src/core/join-records.ts says how), the other's timeline, debrief, action items and the preferences
 * its debrief taught move over, and the other record goes. Serves the toast's "Is this the … you
 * saved?" (through joinSameJob in repository.ts, which first checks the rules offered that record) and
 * "Same job as…" on an application's page. Returns what was there before, so the join can be undone.
 */
import type { ActionItem, Debrief, Preference } from '../core/debrief/types';
import { joinedApplication, joinedDebrief, movedActionItem } from '../core/join-records';
import { siteLabel } from '../core/site-labels';
import type { Application, TimelineEvent } from '../core/types';
import type { ReboundDb } from './schema';
import { eventsOf } from './events-of';

export interface JoinedRecords {
  /** The one record of the job now. */
  application: Application;
  /** When the join was written (the kept record's updatedAt): undo only while nothing changed since. */
  joinedAt: number;
  /** Every row the join changed or removed, as it was. */
  before: {
    kept: Application;
    gone: Application;
    events: TimelineEvent[];
    debriefs: Debrief[];
    actionItems: ActionItem[];
    preferences: Preference[];
  };
}

export interface JoinOptions {
  now?: number;
  /** Write "Joined with …" on the kept record's timeline (the options page); the toast's join does not. */
  note?: boolean;
}

/** The tables a join reads and writes. */
export function joinTables(db: ReboundDb) {
  return [db.applications, db.events, db.debriefs, db.actionItems, db.preferences];
}

/** "“Data Engineer” at Acme, from LinkedIn": the record that went, as its timeline line says it. */
function describeGone(gone: Application): string {
  const name = `“${gone.title || 'Untitled job'}”${gone.company ? ` at ${gone.company}` : ''}`;
  const site = siteLabel(gone.board);
  return site ? `${name}, from ${site}` : name;
}

/**
 * Join `goneId` into `keepId`. Must run inside a transaction over joinTables(db) (joinRecords opens
 * one; joinSameJob runs it inside its own). Throws, changing nothing, when either record is missing.
 */
export async function joinInTransaction(db: ReboundDb, keepId: string, goneId: string, options: JoinOptions = {}): Promise<JoinedRecords> {
  const now = options.now ?? Date.now();
  if (keepId === goneId) throw new Error('An application can’t be joined with itself.');
  const [kept, gone] = await db.applications.bulkGet([keepId, goneId]);
  if (!kept || !gone) throw new Error('That application no longer exists.');
  const [events, debriefs, actionItems, preferences] = await Promise.all([
    eventsOf(db, gone.id).toArray(),
    db.debriefs.where('applicationId').anyOf([kept.id, gone.id]).toArray(),
    db.actionItems.where('applicationId').equals(gone.id).toArray(),
    db.preferences.where('sourceApplicationId').equals(gone.id).toArray(),
  ]);
  const keptDebrief = debriefs.find((d) => d.applicationId === kept.id);
  const goneDebrief = debriefs.find((d) => d.applicationId === gone.id);
  // When both debriefs become one, the kept debrief's own items may follow it too: keep them as they were.
  const keptItems = keptDebrief && goneDebrief ? await db.actionItems.where('debriefId').equals(keptDebrief.id).toArray() : [];

  const application = joinedApplication(kept, gone, now);
  await db.applications.put(application);
  // The application that came in on the other record started from the kept record's "saved".
  await db.events.bulkPut(
    events.map((event) => ({ ...event, applicationId: kept.id, ...(event.kind === 'applied' && !event.from && kept.stage === 'saved' ? { from: 'saved' as const } : {}) })),
  );
  let debriefId = keptDebrief?.id;
  if (goneDebrief) {
    // One debrief per application: the two become one (the one further along leads), else it moves.
    const debrief = keptDebrief ? joinedDebrief(keptDebrief, goneDebrief, kept.id, now) : { ...goneDebrief, applicationId: kept.id };
    await db.debriefs.bulkDelete(debriefs.map((d) => d.id));
    await db.debriefs.add(debrief);
    debriefId = debrief.id;
  }
  await db.actionItems.bulkPut(actionItems.map((item) => movedActionItem(item, kept.id, debriefId)));
  if (keptDebrief && goneDebrief && debriefId) {
    // Items of the debrief that was folded into the other one follow it, whichever record held them.
    await db.actionItems.where('debriefId').anyOf([keptDebrief.id, goneDebrief.id]).modify({ debriefId });
  }
  await db.preferences.bulkPut(preferences.map((p) => ({ ...p, sourceApplicationId: kept.id })));
  await db.applications.delete(gone.id);
  if (options.note) {
    await db.events.add({ applicationId: kept.id, at: now, kind: 'joined', detail: describeGone(gone), source: 'options' });
  }
  return { application, joinedAt: now, before: { kept, gone, events, debriefs, actionItems: [...actionItems, ...keptItems], preferences } };
}

/** "Same job as…": join `goneId` into `keepId`, all or nothing. */
export function joinRecords(db: ReboundDb, keepId: string, goneId: string, options: JoinOptions = {}): Promise<JoinedRecords> {
  return db.transaction('rw', joinTables(db), () => joinInTransaction(db, keepId, goneId, options));
}

/**
 * Undo a join: both records, the timeline, debriefs, action items and preferences as they were. Only
 * while the kept record is as the join left it (a later edit, stage change or contact bumps updatedAt):
 * Undo never overwrites a newer change. Returns false, changing nothing, when it cannot.
 */
export function undoJoin(db: ReboundDb, joined: JoinedRecords): Promise<boolean> {
  const { before, joinedAt } = joined;
  return db.transaction('rw', joinTables(db), async () => {
    const current = await db.applications.get(before.kept.id);
    if (!current || current.updatedAt !== joinedAt || (await db.applications.get(before.gone.id))) return false;
    await db.events
      .where('[applicationId+at]')
      .equals([before.kept.id, joinedAt])
      .filter((event) => event.kind === 'joined')
      .delete();
    await db.debriefs.where('applicationId').anyOf([before.kept.id, before.gone.id]).delete();
    await db.applications.bulkPut([before.kept, before.gone]);
    await db.events.bulkPut(before.events);
    await db.debriefs.bulkAdd(before.debriefs);
    await db.actionItems.bulkPut(before.actionItems);
    await db.preferences.bulkPut(before.preferences);
    return true;
  });
}
