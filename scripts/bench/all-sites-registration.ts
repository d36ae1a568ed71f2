/**
 * Waiting for the all-sites page script's registration (the background makes it shortly after install,
 * once it sees the granted permission), and widening it for the floors.
 */
import type { Harness } from '../../test/support/chromium';
import { pollUntil } from '../../test/support/driver';
import { ALL_SITES_SCRIPT, ALL_SITES_SCRIPT_ID } from '../../src/sites/opt-in-matches';

/**
 * Resolves once the registration is there. With `everywhere`, the registration is then widened to every
 * https page: the real extension gives the script only to addresses holding a job or thank-you word
 * (src/sites/opt-in-matches.ts), but a floor (an empty page script) and a hand-made variant of the script
 * are measured on every non-job page, as a script would cost there if it ran. Returns a check that the
 * widening still holds (the background could have brought it back in line meanwhile).
 */
export async function allSitesRegistered(h: Harness, { everywhere = false } = {}): Promise<() => Promise<boolean>> {
  const worker = await h.worker();
  const matches = () => worker.evaluate(async (id) => (await chrome.scripting.getRegisteredContentScripts({ ids: [id] }))[0]?.matches ?? null, ALL_SITES_SCRIPT_ID);
  await pollUntil('the all-sites page script to be registered', matches, 10_000);
  if (!everywhere) return async () => true;
  const everyPage = ['https://*/*'];
  await worker.evaluate(([id, js, pages]) => chrome.scripting.updateContentScripts([{ id, js: [js], matches: pages }]), [ALL_SITES_SCRIPT_ID, ALL_SITES_SCRIPT, everyPage] as const);
  const widened = async () => JSON.stringify(await matches()) === JSON.stringify(everyPage);
  if (!(await widened())) throw new Error('The all-sites registration could not be widened to every page for the floor.');
  return widened;
}
