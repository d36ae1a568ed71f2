/**
 * The address test the agent uses (through src/agent/job-page.ts), and the build writes into each board's page
 * script as one pattern (src/sites/manifest-entries.ts), so both decide by the same rule.
 */
import type { SiteUrls } from './site-urls';

/**
 * A site's job and confirmation addresses as one expression. The build writes it into the site's page
 * script as a literal, so a page parses and compiles one pattern, not one per kind of address, and
 * carries none of the rest of the site's table (measured by `npm run bench`).
 */
export function addressPattern(site: SiteUrls): RegExp {
  const patterns = [...site.jobPage, ...(site.confirmation ?? [])];
  const flags = patterns[0]?.flags ?? '';
  // A global or sticky pattern would make `test` remember where it stopped between addresses.
  if (/[gy]/.test(flags) || patterns.some((pattern) => pattern.flags !== flags)) {
    throw new Error(`${site.id}: address patterns must share their flags and be neither global nor sticky`);
  }
  return new RegExp(patterns.map((pattern) => `(?:${pattern.source})`).join('|'), flags);
}

const joined = new WeakMap<SiteUrls, RegExp>();

/** Could this address hold a job on this site? `pathAndQuery` is `pathname + search`. */
export function isJobAddress(site: SiteUrls, pathAndQuery: string): boolean {
  let pattern = joined.get(site);
  if (!pattern) joined.set(site, (pattern = addressPattern(site)));
  return pattern.test(pathAndQuery);
}
