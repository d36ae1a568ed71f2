import type { Transaction } from 'dexie';

export interface SchemaVersion {
  version: number;
  /** Dexie store declarations: only indexed fields are listed; records keep every field. */
  stores: Record<string, string | null>;
  /** Rewrites records written by the previous version. Must keep every record. */
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

/**
 * The version chain. Append only: a version that ever shipped is never edited, and each one has a
 * test in test/unit/db/ that seeds data at the version before it and upgrades it.
 */
export const SCHEMA_VERSIONS: SchemaVersion[] = [
  {
    // v1: the pipeline and its timeline.
    version: 1,
    stores: {
      applications: 'id, stage, updatedAt, savedAt, appliedAt, canonicalUrl, jobKey, company',
      events: '++id, applicationId, at, [applicationId+at]',
    },
  },
];
