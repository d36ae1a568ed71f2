/**
 * Search and filters of the pipeline table, in memory: the whole pipeline is already loaded for the
 * live view, and scanning 10,000 short strings takes a few milliseconds, far less than an index query.
 */
import { isInFlight } from '../core/stages';
import type { Application, Stage } from '../core/types';

export type StageFilter = Stage | '' | 'in_flight';

export interface Filters {
  text: string;
  stage: StageFilter;
  board: string;
}

export const NO_FILTERS: Filters = { text: '', stage: '', board: '' };

/** Lower-cased searchable text of one record, built once per record object. */
const haystacks = new WeakMap<Application, string>();
function haystack(app: Application): string {
  let text = haystacks.get(app);
  if (text === undefined) {
    text = `${app.title}\n${app.company}\n${app.location}\n${app.notes}`.toLowerCase();
    haystacks.set(app, text);
  }
  return text;
}

export function hasFilters(filters: Filters): boolean {
  return filters.text.trim() !== '' || filters.stage !== '' || filters.board !== '';
}

/** Every word typed must appear (in any of title, company, location, notes), in any order. */
export function filterApplications(apps: readonly Application[], filters: Filters): Application[] {
  const words = filters.text.toLowerCase().split(/\s+/).filter(Boolean);
  const { stage, board } = filters;
  return apps.filter((app) => {
    if (stage === 'in_flight' ? !isInFlight(app.stage) : stage && app.stage !== stage) return false;
    if (board && app.board !== board) return false;
    if (words.length === 0) return true;
    const text = haystack(app);
    return words.every((word) => text.includes(word));
  });
}

/** The boards present in the pipeline, for the board filter. */
export function boardsIn(apps: readonly Application[]): string[] {
  return [...new Set(apps.map((app) => app.board).filter(Boolean))].sort();
}
