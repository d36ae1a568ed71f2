/**
 * The floors the figures stand on, measured in the same run: absolute times do not carry from one
 * machine to another (a busy 2-core machine gave 2–4 times the README's figures), a ratio to what the
 * browser itself costs there does. The floors:
 * - an empty page script: this extension with every page script (each board's, the all-sites one and
 *   the agent) emptied to one statement, measured on the same pages the same way;
 * - the page without the extension (the load-time section measures it already);
 * - a popup, and an extension page, that render nothing: a page whose only script sets the same
 *   first-render mark the real ones set, after a frame (when Preact runs its effects).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Harness } from '../../test/support/chromium';
import { FIRST_RENDER_MARK } from '../../src/ui/first-render';

/** The popup's own address (the harness finds the toolbar popup by it), its page replaced. */
const FLOOR_PAGE = 'src/popup/index.html';

/** What each page script becomes in the floor copies. */
export const FLOOR_SCRIPTS = {
  /** Nothing at all: the floor. */
  empty: 'void 0;\n',
  /**
   * Reads the page's address and stops: the least a page script that decides anything does. Its
   * first touch of `document` in the script's fresh isolated world builds the document's wrappers,
   * which the empty script never pays (scripts/bench/work-variants.ts: 1.9–2.8 times the empty floor in runs on 2026-12-06).
   */
  address: 'void document.URL;\n',
} as const;

/** A copy of `dist` with the page scripts replaced by `script` (emptied) and a popup that renders nothing. */
export function floorCopy(dist: string, pageScripts: readonly string[], script: string = FLOOR_SCRIPTS.empty): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-bench-floor-'));
  fs.cpSync(dist, dir, { recursive: true });
  for (const file of pageScripts) fs.writeFileSync(path.join(dir, file), script);
  fs.writeFileSync(path.join(dir, 'bench-floor.js'), `requestAnimationFrame(() => setTimeout(() => performance.mark(${JSON.stringify(FIRST_RENDER_MARK)})));\n`);
  fs.writeFileSync(path.join(dir, FLOOR_PAGE), '<!doctype html><meta charset="utf-8"><title>Rebound</title><script src="/bench-floor.js"></script>\n');
  return dir;
}

const firstRender = `performance.getEntriesByName(${JSON.stringify(FIRST_RENDER_MARK)})[0]?.startTime ?? null`;

/** The empty popup's first render, ms from its navigation start, `runs` times (the real toolbar popup). */
export async function emptyPopupMs(h: Harness, runs: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const popup = await h.openPopup();
    try {
      await popup.waitFor(`(${firstRender}) !== null`, 30_000);
      out.push(await popup.evaluate<number>(firstRender));
    } finally {
      await popup.close();
    }
  }
  return out;
}

/** The empty page in a new tab, as the options page is measured: ms to its first-render mark. */
export async function emptyPageMs(h: Harness, runs: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await h.context.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/${FLOOR_PAGE}`, { waitUntil: 'commit' });
    // A function, not the string: Playwright turns a string into code with eval inside the page, which
    // an extension page's content security policy refuses.
    const handle = await page.waitForFunction((mark) => performance.getEntriesByName(mark)[0]?.startTime ?? null, FIRST_RENDER_MARK, {
      timeout: 30_000,
      polling: 20,
    });
    out.push((await handle.jsonValue()) as number);
    await page.close();
  }
  return out;
}
