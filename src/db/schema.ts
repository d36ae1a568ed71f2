import Dexie, { type EntityTable } from 'dexie';
import type { Application, TimelineEvent } from '../core/types';
import type { ActionItem, Debrief, Preference } from '../core/debrief/types';
import { derivedFields, DERIVED_FIELDS_SINCE } from './derived';
import { SCHEMA_VERSIONS } from './migrations';

export type ReboundDb = Dexie & {
  applications: EntityTable<Application, 'id'>;
  events: EntityTable<TimelineEvent, 'id'>;
  // v2: rejection debriefs (src/db/debrief-repository.ts).
  debriefs: EntityTable<Debrief, 'id'>;
  actionItems: EntityTable<ActionItem, 'id'>;
  preferences: EntityTable<Preference, 'id'>;
};

export const DB_NAME = 'rebound';

/**
 * Open the database with every schema version up to `upTo` (all of them by default). Tests pass an
 * older `upTo` to seed data exactly as an earlier release stored it, then reopen to upgrade it.
 */
export function openDb(name = DB_NAME, upTo = Number.POSITIVE_INFINITY): ReboundDb {
  const db = new Dexie(name) as ReboundDb;
  // Derived fields exist from v4 on; a test seeding an older version gets records exactly as then.
  if (upTo >= DERIVED_FIELDS_SINCE) db.use(derivedFields(Math.min(upTo, SCHEMA_VERSIONS.at(-1)?.version ?? upTo)));
  for (const step of SCHEMA_VERSIONS) {
    if (step.version > upTo) break;
    const version = db.version(step.version).stores(step.stores);
    if (step.upgrade) version.upgrade(step.upgrade);
  }
  return db;
}

let shared: ReboundDb | undefined;

/** The one database connection of this extension page or service worker. */
export function getDb(): ReboundDb {
  shared ??= openDb();
  return shared;
}
