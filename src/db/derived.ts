/**
 * Fields the database keeps itself, derived from the rest of a record on every write (add, put,
 * modify, import: all reach IndexedDB through this one DBCore layer), so no writer can forget them.
 * Today one: `interviewAt`, the dates of an application's interview rounds, for a multi-entry index.
 */
import type { DBCore, Middleware } from 'dexie';
import { interviewDates } from '../core/job-details';
import type { Application } from '../core/types';

/** The schema version that added them. */
export const DERIVED_FIELDS_SINCE = 4;

function withDerived(value: unknown): unknown {
  if (!value || typeof value !== 'object') return value;
  const app = value as Application;
  const dates = interviewDates(app);
  const current = app.interviewAt;
  if (Array.isArray(current) && current.length === dates.length && current.every((at, i) => at === dates[i])) return value;
  return { ...app, interviewAt: dates };
}

export const derivedFields: Middleware<DBCore> = {
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
            return table.mutate({ ...request, values: request.values.map(withDerived) });
          },
        };
      },
    };
  },
};
