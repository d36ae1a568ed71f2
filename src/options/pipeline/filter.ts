/**
 * Search and filters of the pipeline, in memory, shared by the table and the board. The views hold
 * slim rows (src/options/pipeline/pipeline-row.ts), and scanning 10,000 short strings takes a few milliseconds,
 * far less than an index query per keystroke.
 */
import { dayStart } from '../../core/days';
import { isInFlight } from '../../core/stages';
import type { Stage } from '../../core/types';
import type { PipelineRow } from './pipeline-row';

export type StageFilter = Stage | '' | 'in_flight';

/** Which date the date range looks at. */
export type DateField = 'savedAt' | 'appliedAt';

export interface Filters {
  text: string;
  stage: StageFilter;
  board: string;
  dateField: DateField;
  /** First day of the range, "YYYY-MM-DD" (an <input type="date"> value), inclusive; "" for open. */
  from: string;
  /** Last day of the range, inclusive; "" for open. */
  to: string;
  /** One of the user's tags (any spelling of it), or "" for any. */
  tag: string;
  /** At least this excited ("1"…"5"), or "" for any. */
  minExcitement: string;
  /** The résumé version sent, exactly, or "" for any. */
  resumeVersion: string;
}

export const NO_FILTERS: Filters = {
  text: '',
  stage: '',
  board: '',
  dateField: 'appliedAt',
  from: '',
  to: '',
  tag: '',
  minExcitement: '',
  resumeVersion: '',
};

/** The fields search and filters read: any record with them (a slim row or a full Application). */
type Filterable = Pick<PipelineRow, 'title' | 'company' | 'location' | 'notes' | 'board' | 'stage' | 'savedAt' | 'appliedAt'> &
  Partial<Pick<PipelineRow, 'tags' | 'excitement' | 'resumeVersion'>>;

/** Lower-cased searchable text of one record, built once per record object. */
const haystacks = new WeakMap<Filterable, string>();
function haystack(app: Filterable): string {
  let text = haystacks.get(app);
  if (text === undefined) {
    text = `${app.title}\n${app.company}\n${app.location}\n${app.notes}\n${(app.tags ?? []).join('\n')}`.toLowerCase();
    haystacks.set(app, text);
  }
  return text;
}

/**
 * The range as [start, end) in epoch ms, whole local days, both ends included as days; null when
 * neither end is set. A "to" earlier than "from" is read as the same range the other way round.
 */
export function dateRange(filters: Pick<Filters, 'from' | 'to'>): { start: number; end: number } | null {
  let from = dayStart(filters.from);
  let to = dayStart(filters.to);
  if (from === null && to === null) return null;
  if (from !== null && to !== null && to < from) [from, to] = [to, from];
  let end = Number.POSITIVE_INFINITY;
  if (to !== null) {
    const next = new Date(to);
    next.setDate(next.getDate() + 1); // the day after, at local midnight (DST-safe)
    end = next.getTime();
  }
  return { start: from ?? Number.NEGATIVE_INFINITY, end };
}

/** How many filters besides the search are set: the count on the folded "Filters" button. */
export function activeFilterCount(filters: Filters): number {
  return [filters.stage, filters.board, filters.tag, filters.minExcitement, filters.resumeVersion].filter(Boolean).length +
    (dateRange(filters) !== null ? 1 : 0);
}

export function hasFilters(filters: Filters): boolean {
  return filters.text.trim() !== '' || activeFilterCount(filters) > 0;
}

/**
 * Every word typed must appear (in any of title, company, location, notes, tags), in any order;
 * stage, board, tag, excitement, résumé and date range must all match. A date range on "applied" leaves out jobs not applied to yet.
 */
export function filterApplications<T extends Filterable>(apps: readonly T[], filters: Filters): T[] {
  const words = filters.text.toLowerCase().split(/\s+/).filter(Boolean);
  const { stage, board } = filters;
  const range = dateRange(filters);
  const field = filters.dateField === 'savedAt' ? 'savedAt' : 'appliedAt';
  const tag = filters.tag.toLowerCase();
  const minExcitement = Number(filters.minExcitement) || 0;
  return apps.filter((app) => {
    if (stage === 'in_flight' ? !isInFlight(app.stage) : stage && app.stage !== stage) return false;
    if (board && app.board !== board) return false;
    if (tag && !(app.tags ?? []).some((t) => t.toLowerCase() === tag)) return false;
    if (minExcitement && (app.excitement ?? 0) < minExcitement) return false;
    if (filters.resumeVersion && app.resumeVersion !== filters.resumeVersion) return false;
    if (range) {
      const at = app[field];
      if (at === null || at < range.start || at >= range.end) return false;
    }
    if (words.length === 0) return true;
    const text = haystack(app);
    return words.every((word) => text.includes(word));
  });
}

/** The boards present in the pipeline, for the board filter. */
export function boardsIn(apps: readonly Pick<PipelineRow, 'board'>[]): string[] {
  return [...new Set(apps.map((app) => app.board).filter(Boolean))].sort();
}

/** The résumé versions in use, for the résumé filter. */
export function resumeVersionsIn(apps: readonly Pick<PipelineRow, 'resumeVersion'>[]): string[] {
  return [...new Set(apps.map((app) => app.resumeVersion).filter(Boolean))].sort((a, b) => a.localeCompare(b));
}
