/**
 * Fields the database keeps itself, derived from the rest of a record on every write (add, put,
 * modify, import: all reach IndexedDB through this one DBCore layer), so no writer can forget them:
 * - `interviewAt` (v4), the dates of an application's interview rounds, for a multi-entry index;
 * - `otherKeys` (v5), the keys of a job's other addresses (src/core/job-link.ts), for a multi-entry
 *   index that finds a record saved on a board when the application comes in on the employer's site.
 */
import type { DBCore, Middleware } from 'dexie';
import { interviewDates } from '../core/job-details';
import { addressKeys } from '../core/job-link';
import type { Application } from '../core/types';

/** The schema version that added the first of them, and the one that added `otherKeys`. */
export const DERIVED_FIELDS_SINCE = 4;
export const OTHER_KEYS_SINCE = 5;

function sameList<T>(a: readonly T[] | undefined, b: readonly T[]): boolean {
  return Array.isArray(a) && a.length === b.length && a.every((item, i) => item === b[i]);
}

function withDerived(value: unknown, version: number): unknown {
  if (!value || typeof value !== 'object') return value;
  const app = value as Application;
  const dates = interviewDates(app);
  const keys = version >= OTHER_KEYS_SINCE ? addressKeys(app.otherUrls) : undefined;
  if (sameList(app.interviewAt, dates) && (keys === undefined || sameList(app.otherKeys, keys))) return value;
  return { ...app, interviewAt: dates, ...(keys ? { otherKeys: keys } : {}) };
}

/** The layer for a database opened up to `version` (tests seed older versions exactly as they were). */
export function derivedFields(version: number): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'rebound-derived-fields',
    create(down) {
      return {
        ...down,
        table(name) {
          const table = down.table(name);
          if (name !== 'applications') return table;
          return {
            ...table,
            mutate(request) {
              if (request.type !== 'add' && request.type !== 'put') return table.mutate(request);
              return table.mutate({ ...request, values: request.values.map((value) => withDerived(value, version)) });
            },
          };
        },
      };
    },
  };
}
