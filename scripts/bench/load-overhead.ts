/**
 * Page-load overhead: each page loaded with the extension and without it, interleaved (ABBA…) so drift
 * in machine load hits both sides alike. Reported per page as the ratio of medians, then the median
 * ratio across pages with its spread.
 */
import type { BrowserContext } from 'playwright-core';
import { median } from './stats';

async function loadMs(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' }).catch(() => undefined);
    return await page.evaluate(() => {
      const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      return nav ? nav.loadEventEnd - nav.startTime : Number.NaN;
    });
  } finally {
    await page.close();
  }
}

export interface LoadRatio {
  withExtensionMs: number;
  withoutExtensionMs: number;
  ratio: number;
}

export async function measureLoadRatio(
  withExt: BrowserContext,
  withoutExt: BrowserContext,
  url: string,
  pairs: number,
): Promise<LoadRatio> {
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < pairs; i++) {
    // Alternate which side goes first, so warm-up and caching favour neither.
    if (i % 2 === 0) {
      a.push(await loadMs(withExt, url));
      b.push(await loadMs(withoutExt, url));
    } else {
      b.push(await loadMs(withoutExt, url));
      a.push(await loadMs(withExt, url));
    }
  }
  const withExtensionMs = median(a.filter(Number.isFinite));
  const withoutExtensionMs = median(b.filter(Number.isFinite));
  return { withExtensionMs, withoutExtensionMs, ratio: withExtensionMs / withoutExtensionMs };
}
