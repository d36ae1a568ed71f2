/**
 * A copy of the built extension with the optional all-sites permission granted at install (what the
 * options page's "Capture on every site" prompt grants), so the benchmark and the career-site test see the
 * content script on every page. A permission prompt is browser UI that no script can answer.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BROWSER, launchBrowser, pollUntil, type Driver } from './driver';
import { ALL_SITES_SCRIPT_ID } from '../../src/sites/opt-in-matches';

const BUILD = path.resolve(BROWSER === 'firefox' ? 'dist-firefox' : 'dist');

/** A copy of `dist` (default: the build of the browser under test) that grants every https site. */
export function allSitesCopy(dist = BUILD): string {
  return copyGranting(['https://*/*'], dist);
}

/** A copy of `dist` whose manifest grants these optional host permissions at install (what a prompt grants). */
export function copyGranting(origins: string[], dist = BUILD): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-granted-'));
  fs.cpSync(dist, dir, { recursive: true });
  const file = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as { host_permissions: string[] };
  manifest.host_permissions.push(...origins);
  fs.writeFileSync(file, JSON.stringify(manifest));
  return dir;
}

/**
 * A browser with the all-sites copy installed, returned once its page script is registered; closing it
 * also removes the copy.
 */
export async function launchWithAllSites(): Promise<Driver> {
  const root = allSitesCopy();
  const h = await launchBrowser({ extensionDir: root });
  await pollUntil('the all-sites page script to be registered', async () =>
    (await h.background(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id))).includes(ALL_SITES_SCRIPT_ID),
  );
  const close = h.close.bind(h);
  h.close = async () => {
    await close();
    fs.rmSync(root, { recursive: true, force: true });
  };
  return h;
}
