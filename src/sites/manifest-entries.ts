/**
 * The manifest's host permissions and content_scripts, derived from the sites' urls.ts: one entry per
 * board or applicant-tracking system, declared for that site's addresses only, running that site's
 * own small script. vite.config.ts writes the host permissions, scripts/build-page-scripts.ts the
 * content scripts; test/unit/sites/manifest.test.ts compares them with the sites.
 */
import { addressPattern } from './address';
import type { SiteUrls } from './site-urls';

export interface ContentScriptEntry {
  matches: string[];
  js: string[];
  run_at: 'document_idle';
  all_frames: true;
}

/**
 * The entry module of one site's page script: the shared address loop (src/content/watch-address.ts)
 * and the site's addresses as one pattern literal, written here at build time, so the page carries
 * nothing else of the site's table. It calls the loop straight from the top level, so the page
 * compiles no function it does not need. `src` turns a path under src/ into an absolute import path.
 */
export function boardEntrySource(site: SiteUrls, src: (file: string) => string): string {
  return `import { watchAddress } from '${src('content/watch-address.ts')}';
watchAddress({ address: ${String(addressPattern(site))}, poll: true });
`;
}

/** Where each site's page script lands in the built extension. */
export const boardScriptFile = (siteId: string): string => `page/${siteId}.js`;

/** Sites with a page script of their own (a site with no match patterns is read only when asked). */
export function boardSites(sites: readonly SiteUrls[]): SiteUrls[] {
  return sites.filter((site) => site.matches.length > 0);
}

/** A match pattern widened to its whole host (its path becomes `/*`). */
export function wholeHost(pattern: string): string {
  return pattern.replace(/^(https:\/\/[^/]+)\/.*$/, '$1/*');
}

/**
 * Every host a board's page script runs on, whole (the all-sites script keeps off them: on a board's
 * other pages nothing of Rebound runs, even after the opt-in).
 */
export function boardHosts(sites: readonly SiteUrls[]): string[] {
  return [...new Set(hostPermissions(sites).map(wholeHost))];
}

/** Every address a page script runs on, and nothing else: the extension's host permissions. */
export function hostPermissions(sites: readonly SiteUrls[]): string[] {
  return boardSites(sites).flatMap((site) => site.matches);
}

export function boardContentScripts(sites: readonly SiteUrls[]): ContentScriptEntry[] {
  return boardSites(sites).map((site) => ({
    matches: [...site.matches],
    js: [boardScriptFile(site.id)],
    run_at: 'document_idle',
    // Application forms are often framed (Greenhouse's embed, iCIMS): the frame needs the script too.
    all_frames: true,
  }));
}

/**
 * Chrome's match-pattern rule for https patterns: `*` for the host is any host, `*.` before a host means
 * it or any subdomain; the path glob is matched, case and all, against the path and query.
 */
export function matchesPattern(pattern: string, raw: string): boolean {
  const [, host, pathGlob] = /^https:\/\/([^/]+)(\/.*)$/.exec(pattern)!;
  const url = new URL(raw);
  const subdomains = host!.startsWith('*.') && (url.hostname === host!.slice(2) || url.hostname.endsWith(host!.slice(1)));
  const hostOk = host === '*' || subdomains || url.hostname === host;
  const pathRe = new RegExp(`^${pathGlob!.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return url.protocol === 'https:' && hostOk && pathRe.test(url.pathname + url.search);
}
