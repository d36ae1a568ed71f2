/**
 * Install and first run, in a fresh profile: the background wires itself on install (nudge alarms
 * scheduled, no page script registered for other sites without the opt-in), nothing is stored yet, the
 * options page greets an empty pipeline kindly. (Saving the first job: foundation.test.ts.)
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, type Driver } from '../support/driver';
import { hasHeading } from '../support/in-page';

let h: Driver;
beforeAll(async () => {
  h = await launchBrowser();
});
afterAll(async () => {
  await h?.close();
});

it('schedules the nudge alarms on install and registers nothing for other sites', async () => {
  const alarms = await h.background(async () => (await chrome.alarms.getAll()).map((a) => a.name).sort());
  expect(alarms).toEqual(['rebound-nudges:daily', 'rebound-nudges:hourly']);
  expect(await h.background(async () => (await chrome.scripting.getRegisteredContentScripts()).length)).toBe(0);
  expect(await h.background(() => chrome.permissions.contains({ origins: ['https://*/*'] }))).toBe(false);
  expect(await h.applications()).toEqual([]);
});

it('greets an empty pipeline on the options page', async () => {
  const options = await h.openExtensionPage('options');
  await options.waitFor(hasHeading, { level: 1, name: 'Your pipeline is empty for now' });
  await options.close();
});
