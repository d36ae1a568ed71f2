/**
 * A copy of the built extension with the optional all-sites permission granted at install (what the
 * options page's "Capture on every site" prompt grants), so the benchmark and the career-site test see the
 * content script on every page. A permission prompt is browser UI that no script can answer.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BROWSER } from './driver';

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
