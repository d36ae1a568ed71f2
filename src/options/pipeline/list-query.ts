/**
 * The pipeline's deep links, as the nudges open them (src/core/nudges/target-path.ts):
 *   /list?stage=saved        the pipeline filtered to one stage
 *   /list?ids=<id>,<id>,…    the pipeline narrowed to these applications
 * Plain functions over the query, so the view stays small and this is tested without a page.
 */
import { STAGES, type Stage } from '../../core/types';
import { NO_FILTERS, type Filters, type StageFilter } from './filter';
import type { PipelineRow } from './pipeline-row';

export interface ListQuery {
  /** The stage filter the link asks for, when it names a real one. */
  stage?: StageFilter;
  /** Only these applications, in the order given, without repeats. */
  ids?: string[];
}

const STAGE_FILTERS: ReadonlySet<string> = new Set<string>([...STAGES, 'in_flight']);

export function parseListQuery(query: URLSearchParams): ListQuery {
  const parsed: ListQuery = {};
  const stage = query.get('stage');
  if (stage && STAGE_FILTERS.has(stage)) parsed.stage = stage as StageFilter;
  // URLSearchParams has already decoded "%2C" to ","; ids never contain commas (they are UUIDs).
  const ids = (query.get('ids') ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  if (ids.length > 0) parsed.ids = [...new Set(ids)];
  return parsed;
}

/**
 * The filters a link starts the view with, or undefined when it asks for none (then the filters the
 * person left in this tab stay). A link starts from a clean slate so what it promises is what shows.
 */
export function filtersFromQuery(query: ListQuery): Filters | undefined {
  if (query.stage === undefined && query.ids === undefined) return undefined;
  return { ...NO_FILTERS, stage: query.stage ?? '' };
}

/** The rows a link's ids name, in pipeline order; ids of deleted applications simply match nothing. */
export function onlyIds<T extends Pick<PipelineRow, 'id'>>(rows: readonly T[], ids: readonly string[] | undefined): readonly T[] {
  if (!ids) return rows;
  const wanted = new Set(ids);
  return rows.filter((row) => wanted.has(row.id));
}

/**
 * Stages where silence means no answer yet, as in the silence nudge (src/core/nudges/silence.ts): an
 * application that has since moved on (an interview, an offer, a rejection) has had its answer.
 */
const AWAITING_REPLY: ReadonlySet<Stage> = new Set<Stage>(['applied', 'screening']);

/** Which of these applications "Mark all as No response" would change. */
export function stillAwaitingReply<T extends Pick<PipelineRow, 'stage'>>(rows: readonly T[]): T[] {
  return rows.filter((row) => AWAITING_REPLY.has(row.stage));
}
