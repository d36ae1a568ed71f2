/**
 * One application's timeline events. Since schema v6 the store has no index of `applicationId`
 * alone: the [applicationId+at] index answers the same question (every event has its `at`), and one
 * index less is one write less for every event saved or imported.
 */
import Dexie from 'dexie';
import type { ReboundDb } from './schema';

export function eventsOf(db: ReboundDb, applicationId: string) {
  return db.events.where('[applicationId+at]').between([applicationId, Dexie.minKey], [applicationId, Dexie.maxKey], true, true);
}
