/**
 * Screenshots for people to look at (artifacts/screenshots/, the README's come from there). Light is
 * taken in every browser (Firefox's go to a firefox/ folder beside Chromium's); the dark and narrow
 * variants need colour-scheme and viewport emulation (browser-limits.ts: colourSchemeScreenshots).
 */
import path from 'node:path';
import { BROWSER, type Tab } from './driver';
import { canRun } from './browser-limits';
import { playwrightPage } from './chromium-driver';

export const SHOTS = path.resolve('artifacts/screenshots', BROWSER === 'firefox' ? 'firefox' : '');

export interface Shots {
  light?: string;
  dark?: string;
  /** Dark at 640 px wide: what 200% zoom leaves of a 1280-px window. */
  darkNarrow?: string;
  /** A taller window first (default: as it is). */
  height?: number;
}

export async function screenshots(tab: Tab, shots: Shots): Promise<void> {
  if (!canRun('colourSchemeScreenshots') || !(shots.dark || shots.darkNarrow || shots.height)) {
    if (shots.light) await tab.screenshot(path.join(SHOTS, `${shots.light}.png`));
    return;
  }
  const page = playwrightPage(tab);
  const before = page.viewportSize() ?? { width: 1280, height: 860 };
  if (shots.height) await page.setViewportSize({ width: before.width, height: shots.height });
  if (shots.light) await tab.screenshot(path.join(SHOTS, `${shots.light}.png`));
  if (shots.dark || shots.darkNarrow) await page.emulateMedia({ colorScheme: 'dark' });
  if (shots.dark) await tab.screenshot(path.join(SHOTS, `${shots.dark}.png`));
  if (shots.darkNarrow) {
    await page.setViewportSize({ width: 640, height: before.height });
    await tab.screenshot(path.join(SHOTS, `${shots.darkNarrow}.png`));
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize(before);
}
