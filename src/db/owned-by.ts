/**
 * What belongs to one application and goes with it: its timeline, debriefs and action items. Every
 * way a record leaves the store (deleted, a capture undone, a reply undone) takes them all, so none
 * is left behind pointing at nothing. Preferences stay: what the person learned outlives the record.
 */
import type { ReboundDb } from './schema';
import { eventsOf } from './events-of';

export function ownedBy(db: ReboundDb, applicationId: string) {
  return {
    events: eventsOf(db, applicationId),
    debriefs: db.debriefs.where('applicationId').equals(applicationId),
    actionItems: db.actionItems.where('applicationId').equals(applicationId),
  };
}

/** Remove an application and what belongs to it, inside the caller's transaction. */
export async function removeWithOwned(db: ReboundDb, applicationId: string): Promise<void> {
  const { events, debriefs, actionItems } = ownedBy(db, applicationId);
  await Promise.all([events.delete(), debriefs.delete(), actionItems.delete()]);
  await db.applications.delete(applicationId);
}
