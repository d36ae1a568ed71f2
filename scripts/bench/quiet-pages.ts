/**
 * 3c. Sites whose job pages are all reached by page loads declare their page script for job paths only
 * (src/sites/<id>/urls.ts, navigation "page-loads"): their other pages (a company's board, a search, the
 * home page) should get no script at all. For each such page this reports the script bytes the built
 * manifest declares there and the extension work traced while it loads (the goal is zero for both).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { EXAMPLES } from '../../src/sites/all-examples';
import { SITE_URLS } from '../../src/sites/all-urls';
import { matchesPattern } from '../../src/sites/manifest-entries';
import { measurePageCosts } from './page-cost';
import { quantile, round } from './stats';

export interface QuietPage {
  site: string;
  url: string;
  /** Bytes of the page scripts the manifest declares for this address (0: none runs). */
  scriptBytes: number;
  medianMs: number;
}

/** The non-job addresses, on the site's own hosts, of every site narrowed to its job paths. */
export function quietAddresses(): { site: string; url: string }[] {
  return SITE_URLS.filter((site) => site.navigation === 'page-loads').flatMap((site) =>
    (EXAMPLES[site.id]?.mustNot ?? [])
      .filter((url) => site.hosts.test(new URL(url).hostname))
      .map((url) => ({ site: site.id, url })),
  );
}

export async function measureQuietPages(
  context: BrowserContext,
  dist: string,
  extensionScripts: ReadonlySet<string>,
  withParam: (url: string) => string,
  loads: number,
): Promise<QuietPage[]> {
  const manifest = JSON.parse(fs.readFileSync(path.join(dist, 'manifest.json'), 'utf8')) as {
    content_scripts?: { matches: string[]; js: string[] }[];
  };
  const pages: QuietPage[] = [];
  for (const { site, url } of quietAddresses()) {
    const declared = (manifest.content_scripts ?? []).filter((entry) => entry.matches.some((p) => matchesPattern(p, url)));
    const scriptBytes = declared.flatMap((entry) => entry.js).reduce((sum, file) => sum + fs.statSync(path.join(dist, file)).size, 0);
    const measured = await measurePageCosts(context, withParam(url), extensionScripts, loads);
    // A page whose trace kept lacking a mark is left out (the figure is a maximum over the rest).
    if (!measured) continue;
    const costs = measured.value;
    pages.push({ site, url, scriptBytes, medianMs: round(quantile(costs.map((cost) => cost.extensionMs), 0.5)) });
  }
  return pages;
}
