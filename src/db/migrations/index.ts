import type { Transaction } from 'dexie';
import { interviewDates } from '../../core/job-details';
import { addressKeys } from '../../core/job-link';
import type { InterviewRound } from '../../core/types';

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
  {
    // v2: rejection debriefs. Only new tables: Dexie keeps v1's tables and their records as they are.
    // No upgrade step: rejections from before v2 do not get a debrief pushed at the user after an update.
    version: 2,
    stores: {
      debriefs: 'id, &applicationId, status, updatedAt, reminderAt',
      actionItems: 'id, debriefId, applicationId, theme, dueAt, doneAt, createdAt',
      preferences: 'id, kind, sourceApplicationId, createdAt',
    },
  },
  {
    // v3: contacts and interview rounds, kept on their application (they are only ever read with it,
    // so delete/undo, export/import and dedupe carry them with no extra table). No new index.
    version: 3,
    stores: {},
    upgrade: async (tx) => {
      await tx
        .table('applications')
        .toCollection()
        .modify((app: { contacts?: unknown; interviews?: unknown }) => {
          if (!Array.isArray(app.contacts)) app.contacts = [];
          if (!Array.isArray(app.interviews)) app.interviews = [];
        });
    },
  },
  {
    // v4: tags, excitement, a deadline, the résumé and cover letter sent, and an index of interview
    // dates (kept by src/db/derived.ts on every later write) for the upcoming-interviews lists. The upgrade
    // only adds fields with "not set" values; every existing field stays as it was.
    version: 4,
    stores: {
      applications: 'id, stage, updatedAt, savedAt, appliedAt, canonicalUrl, jobKey, company, *interviewAt',
    },
    upgrade: async (tx) => {
      await tx
        .table('applications')
        .toCollection()
        .modify((app: Record<string, unknown>) => {
          if (!Array.isArray(app.tags)) app.tags = [];
          if (app.excitement === undefined) app.excitement = null;
          if (app.deadline === undefined) app.deadline = null;
          if (typeof app.resumeVersion !== 'string') app.resumeVersion = '';
          if (typeof app.coverLetterVersion !== 'string') app.coverLetterVersion = '';
          app.interviewAt = interviewDates(app as { interviews?: InterviewRound[] });
        });
    },
  },
  {
    // v5: one job across sites. A record keeps its other addresses (the board's outbound apply address,
    // the employer's page the application went in on) and an index of their keys (kept by
    // src/db/derived.ts), so an application on the employer's system finds the job saved on a board.
    // The upgrade only adds an empty list; every existing field stays as it was.
    version: 5,
    stores: {
      applications: 'id, stage, updatedAt, savedAt, appliedAt, canonicalUrl, jobKey, company, *interviewAt, *otherKeys',
    },
    upgrade: async (tx) => {
      await tx
        .table('applications')
        .toCollection()
        .modify((app: Record<string, unknown>) => {
          if (!Array.isArray(app.otherUrls)) app.otherUrls = [];
          app.otherKeys = addressKeys(app.otherUrls as string[]);
        });
    },
  },
  {
    // v6: indexes no query uses, dropped because every write pays for each (a 10,000-application
    // import writes ~35,000 events): events by `at` alone and by `applicationId` alone (the
    // [applicationId+at] index answers "this application's events", see src/db/events-of.ts), an
    // application's company, and an action item's theme, due and done dates. No record changes.
    version: 6,
    stores: {
      applications: 'id, stage, updatedAt, savedAt, appliedAt, canonicalUrl, jobKey, *interviewAt, *otherKeys',
      events: '++id, [applicationId+at]',
      actionItems: 'id, debriefId, applicationId, createdAt',
    },
  },
];
