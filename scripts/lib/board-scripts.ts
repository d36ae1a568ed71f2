/**
 * The manifest's content_scripts, derived from the site tables: one entry per board or applicant-
 * tracking system, declared for that site's hosts only, running that site's own small script. The
 * tables in src/content/sites are the one place a site's hosts are written down.
 */
import { addressPattern } from '../../src/content/sites/address';
import type { SiteUrls } from '../../src/content/sites/types';

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

export function boardContentScripts(sites: readonly SiteUrls[]): ContentScriptEntry[] {
  return sites.map((site) => ({
    matches: [...site.matches],
    js: [boardScriptFile(site.id)],
    run_at: 'document_idle',
    // Application forms are often framed (Greenhouse's embed, iCIMS): the frame needs the script too.
    all_frames: true,
  }));
}

/** Chrome's match-pattern rule for https patterns: `*.` before a host means it or any subdomain. */
export function matchesPattern(pattern: string, raw: string): boolean {
  const [, host, pathGlob] = /^https:\/\/([^/]+)(\/.*)$/.exec(pattern)!;
  const url = new URL(raw);
  const hostOk = host!.startsWith('*.') ? url.hostname === host!.slice(2) || url.hostname.endsWith(host!.slice(1)) : url.hostname === host;
  const pathRe = new RegExp(`^${pathGlob!.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return url.protocol === 'https:' && hostOk && pathRe.test(url.pathname + url.search);
}
