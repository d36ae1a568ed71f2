/**
 * What one browser's driver cannot do, and why: the one place that says so. A test that needs one of
 * these is declared with `itWhere(limit, …)`: it runs in the browsers that can, and is not registered
 * in the others (so nothing is reported as skipped, and nothing passes without running).
 */
import { describe, it } from 'vitest';
import { BROWSER, type BrowserName } from './driver';

export const LIMITS = {
  colourSchemeScreenshots: {
    runsIn: ['chromium'],
    why: 'Dark and narrow screenshots need colour-scheme and viewport emulation per page, which Playwright offers for Chromium; Firefox screenshots are taken in light only.',
  },
  viewportSizes: {
    runsIn: ['chromium'],
    why: 'Layout checks at set window sizes (1280, 1920) need viewport emulation per page, which Playwright offers for Chromium.',
  },
  notificationsStayListed: {
    runsIn: ['chromium'],
    why: 'Headless Firefox has no system notification service: notifications.create succeeds, but the alert closes at once and getAll() forgets it within a second. The tests check what the API accepted in both browsers, and what getAll() lists only in Chromium.',
  },
  html5DragAndDrop: {
    runsIn: ['chromium'],
    why: "In Firefox 153 ESR, WebDriver BiDi input actions move the real mouse but start no HTML5 drag-and-drop session, so a dragged board card never drops. Moving a card with the keyboard, and the same repository path, run in both browsers.",
  },
  unlimitedQuotaReadout: {
    runsIn: ['chromium'],
    why: "Chromium reports an unlimitedStorage extension's quota as the free disk, which shows the store is exempt from eviction; Firefox's estimate() is not documented to show its persistent grant.",
  },
} as const satisfies Record<string, { runsIn: readonly BrowserName[]; why: string }>;

export type Limit = keyof typeof LIMITS;

/** Can the browser under test do what `limit` names? */
export const canRun = (limit: Limit): boolean => (LIMITS[limit].runsIn as readonly BrowserName[]).includes(BROWSER);

/** `it`, registered only in the browsers that can run it (see LIMITS for why the others cannot). */
export function itWhere(limit: Limit, name: string, fn: () => Promise<void>, timeout?: number): void {
  if (canRun(limit)) it(name, fn, timeout);
}

/** `describe`, registered only in the browsers that can run every test in it. */
export function describeWhere(limit: Limit, name: string, fn: () => void): void {
  if (canRun(limit)) describe(name, fn);
}
