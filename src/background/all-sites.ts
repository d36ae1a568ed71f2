/**
 * Opt-in capture on any other site (company career pages with JobPosting data). When the person grants
 * the optional host permission from the options page, a small page script (src/content/all-sites.ts)
 * is registered for the https pages whose address looks like a job, career or thank-you page; when
 * they take it back, it is unregistered. Nothing runs on other sites otherwise.
 */
import browser from '../shared/browser';
import { ALL_SITES_SCRIPT, ALL_SITES_SCRIPT_ID as SCRIPT_ID, allSitesExcludes, allSitesMatches } from '../sites/opt-in-matches';

/** What the person grants: every https site (the script then runs only where `allSitesMatches` says). */
export const ALL_SITES_ORIGINS = ['https://*/*'];

interface Registration {
  js?: string[];
  matches?: string[];
  excludeMatches?: string[];
}

/** What a registration must say, in this version. */
export interface AllSitesTarget {
  matches: string[];
  excludeMatches: string[];
}

/**
 * What to do so the registration matches the permission and this version. Registrations outlive
 * updates, so one made by an older version (another file, every https page, or fewer sites excluded)
 * is brought up to date.
 */
export function allSitesChange(granted: boolean, registered: Registration | undefined, target: AllSitesTarget): 'register' | 'update' | 'unregister' | null {
  if (!granted) return registered ? 'unregister' : null;
  if (!registered) return 'register';
  const same = (a: string[] = [], b: string[] = []) => [...a].sort().join('\n') === [...b].sort().join('\n');
  const upToDate = same(registered.js, [ALL_SITES_SCRIPT]) && same(registered.matches, target.matches) && same(registered.excludeMatches, target.excludeMatches);
  return upToDate ? null : 'update';
}

/** Make the registration follow the permission (at startup, and whenever the permission changes). */
export async function syncAllSites(): Promise<boolean> {
  const granted = await browser.permissions.contains({ origins: ALL_SITES_ORIGINS });
  const [registered] = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  const target: AllSitesTarget = { matches: allSitesMatches(), excludeMatches: allSitesExcludes() };
  const change = allSitesChange(granted, registered, target);
  if (change === 'register') {
    await browser.scripting.registerContentScripts([
      {
        id: SCRIPT_ID,
        ...target,
        js: [ALL_SITES_SCRIPT],
        runAt: 'document_idle',
        // Career pages publish their job data in the top frame; every ad and widget iframe of every
        // site would otherwise pay for the script too.
        allFrames: false,
        persistAcrossSessions: true,
      },
    ]);
  } else if (change === 'update') {
    await browser.scripting.updateContentScripts([{ id: SCRIPT_ID, js: [ALL_SITES_SCRIPT], ...target }]);
  } else if (change === 'unregister') {
    await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  }
  return granted;
}

export function wireAllSites(): void {
  const sync = () => void syncAllSites().catch(() => undefined);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
  browser.runtime.onInstalled.addListener(sync);
}
