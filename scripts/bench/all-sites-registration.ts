/**
 * Waiting for the all-sites page script's registration (the background makes it shortly after install,
 * once it sees the granted permission), and widening it for the floors.
 */
import type { Harness } from '../../test/support/chromium';

const SCRIPT_ID = 'rebound-all-sites';

/**
 * Resolves once the registration is there. With `everywhere`, the registration is then widened to every
 * https page: the real extension gives the script only to addresses holding a job or thank-you word
 * (src/sites/opt-in-matches.ts), but a floor (an empty page script) and a hand-made variant of the script
 * are measured on every non-job page, as a script would cost there if it ran. Returns a check that the
 * widening still holds (the background could have brought it back in line meanwhile).
 */
export async function allSitesRegistered(h: Harness, { everywhere = false } = {}): Promise<() => Promise<boolean>> {
  const worker = await h.worker();
  const matches = () => worker.evaluate(async (id) => (await chrome.scripting.getRegisteredContentScripts({ ids: [id] }))[0]?.matches ?? null, SCRIPT_ID);
  const deadline = Date.now() + 10_000;
  while (!(await matches())) {
    if (Date.now() > deadline) throw new Error('The all-sites page script was not registered within 10 s of install.');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (!everywhere) return async () => true;
  await worker.evaluate((id) => chrome.scripting.updateContentScripts([{ id, js: ['all-sites.js'], matches: ['https://*/*'] }]), SCRIPT_ID);
  const widened = async () => JSON.stringify(await matches()) === JSON.stringify(['https://*/*']);
  if (!(await widened())) throw new Error('The all-sites registration could not be widened to every page for the floor.');
  return widened;
}
