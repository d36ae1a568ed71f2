/**
 * Window sizes for layout checks ("every stage visible at 1920", "no page scrolls sideways"): viewport
 * emulation per page, which Playwright offers for Chromium (browser-limits.ts: viewportSizes).
 */
import type { Tab } from './driver';
import { playwrightPage } from './chromium-driver';

export async function setViewport(tab: Tab, width: number, height: number): Promise<void> {
  await playwrightPage(tab).setViewportSize({ width, height });
}
