/**
 * User Timing marks for the moments people wait for, once per page load. The UI benchmark
 * (scripts/lib/bench-ui.ts) reads them with performance.getEntriesByName; they cost nothing else.
 */
export const FIRST_RENDER_MARK = 'rebound:first-render';
/** The options page has every application in memory (search covers the whole pipeline). */
export const PIPELINE_COMPLETE_MARK = 'rebound:pipeline-complete';

/** The popup's two numbers (in flight, sent this week) are on screen, possibly as last counted. */
export const POPUP_COUNTS_MARK = 'rebound:popup-counts';
/** …and counted afresh. */
export const POPUP_COUNTS_FRESH_MARK = 'rebound:popup-counts-fresh';

/** A backup import, from reading the file to the transaction committed (a measure, not a mark). */
export const IMPORT_MEASURE = 'rebound:import-backup';

const marked = new Set<string>();

/**
 * Mark `name` once. Call it from a Preact useEffect: Preact runs those after the next animation frame
 * (a task queued from requestAnimationFrame), so the committed DOM has been painted by then.
 */
export function markOnce(name: string): void {
  if (marked.has(name) || typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  marked.add(name);
  performance.mark(name);
}

/** Call from an effect after the first render that shows real data (or the empty state). */
export function markFirstRender(): void {
  markOnce(FIRST_RENDER_MARK);
}
