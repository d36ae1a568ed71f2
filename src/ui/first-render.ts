/**
 * User Timing marks for the moments people wait for, once per page load. The UI benchmark
 * (scripts/lib/bench-ui.ts) reads them with performance.getEntriesByName; they cost nothing else.
 */
import { useEffect, useState } from 'preact/hooks';

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

let firstRendered: () => void = () => {};
const firstRender = new Promise<void>((resolve) => (firstRendered = resolve));
let firstRenderDone = false;

/** Call from an effect after the first render that shows real data (or the empty state). */
export function markFirstRender(): void {
  markOnce(FIRST_RENDER_MARK);
  firstRenderDone = true;
  firstRendered();
}

/**
 * Resolves once this page's first screen with data is painted (markFirstRender), for reads that must
 * not hold it up: IndexedDB serves a page's requests largely in turn, so a slow count started early
 * delays the first screen's own small reads.
 */
export function whenFirstRendered(): Promise<void> {
  return firstRender;
}

/**
 * How many of a long list to render: `firstScreen` until this page's first screen is painted, then
 * `all`. The first paint lays out only what fits a window; the rest follows a frame later, below it.
 */
export function useFirstScreenLimit(firstScreen: number, all: number): number {
  const [painted, setPainted] = useState(firstRenderDone);
  useEffect(() => {
    if (painted) return;
    let live = true;
    void firstRender.then(() => live && setPainted(true));
    return () => {
      live = false;
    };
  }, []);
  return painted ? all : Math.min(firstScreen, all);
}
