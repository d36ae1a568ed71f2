/**
 * Upgrades on a real profile, not on fake IndexedDB: each earlier release's packaged build (kept in
 * test/fixtures/releases, since tags may not reach a clean clone) is installed in Chromium, captures
 * and edits data through its own code (the background's save path, the options page's stage change,
 * the debrief flow, the settings page), and then today's build is loaded on the same profile, from the
 * same folder (so the extension keeps its id and its storage). Every application, event, debrief,
 * action item, preference and setting must be there, unchanged, and the pipeline must still open.
 *
 * Each release adds its build: `npm run package` at the release commit writes
 * artifacts/rebound-chrome-<version>.zip; copy it into test/fixtures/releases (about 200 KB each).
 * rebound-chrome-0.1.0.zip is the first release, built from commit 6223227.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DIST, launch, type Harness } from '../support/chromium';

const RELEASES = path.resolve('test/fixtures/releases');
const releases = fs
  .readdirSync(RELEASES)
  .filter((name) => /^rebound-chrome-\d+\.\d+\.\d+\.zip$/.test(name))
  .sort();

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-upgrade-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

async function unzip(file: string, into: string): Promise<void> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  for (const [name, entry] of Object.entries(zip.files)) {
    const target = path.join(into, name);
    if (entry.dir) continue;
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, await entry.async('nodebuffer'));
  }
}

/** Replace the folder's contents with `from`, keeping the folder (its path is the extension's id). */
function replaceContents(folder: string, from: string): void {
  for (const name of fs.readdirSync(folder)) fs.rmSync(path.join(folder, name), { recursive: true, force: true });
  fs.cpSync(from, folder, { recursive: true });
}

const draft = (title: string, company: string, id: string) => ({
  title,
  company,
  location: 'Lisbon, Portugal',
  salary: '',
  employmentType: 'Full-time',
  workMode: 'hybrid',
  board: 'greenhouse',
  jobId: id,
  url: `https://boards.greenhouse.io/${company.toLowerCase()}/jobs/${id}`,
  description: 'Design things people use.',
});

/** What the old release does, through its own pages and background. */
async function captureAndEdit(h: Harness): Promise<void> {
  const setup = await h.openOptions();
  for (const [d, stage] of [
    [draft('Product Designer', 'Acme', '101'), 'applied'],
    [draft('UX Researcher', 'Globex', '202'), 'applied'],
    [draft('Design Lead', 'Initech', '303'), 'saved'],
  ] as const) {
    const reply = await setup.evaluate(
      ([d, stage]) => chrome.runtime.sendMessage({ type: 'capture/save', draft: d, stage, trigger: 'popup' }),
      [d, stage] as const,
    );
    expect(reply).toMatchObject({ ok: true });
  }
  const acme = (await h.waitForApplications((apps) => apps.length === 3)).find((a) => a.company === 'Acme')!;

  // On the application's page: notes written and saved, then the stage moved to rejected (which opens
  // a pending debrief).
  await setup.goto(setup.url().replace(/#.*$/, '') + `#/app/${encodeURIComponent(acme.id)}`);
  await setup.locator('textarea[name="notes"]').fill('Spoke to Dana, the design lead.');
  await setup.getByRole('button', { name: 'Save changes' }).click();
  await h.waitForApplications((apps) => apps.some((a) => a.id === acme.id && a.notes === 'Spoke to Dana, the design lead.'));
  await setup.locator('select#detail-stage').selectOption('rejected');
  await h.waitForApplications((apps) => apps.some((a) => a.id === acme.id && a.stage === 'rejected'));

  // The debrief: feedback, a theme, an action item, a preference.
  await setup.goto(setup.url().replace(/#.*$/, '') + `#/debrief/${encodeURIComponent(acme.id)}`);
  await setup.getByRole('button', { name: 'Next: Ask for feedback' }).click();
  await setup.getByRole('button', { name: 'Next: Use the feedback' }).click();
  await setup.getByLabel('Their feedback').fill('It came down to the final two; we went with a more experienced candidate.');
  await setup.getByRole('checkbox', { name: /^Close call: a stronger candidate/ }).check();
  await setup.getByRole('button', { name: 'Add this action' }).first().click();
  await setup.locator('.action-item').first().waitFor();
  await setup.getByRole('button', { name: 'Next: Silver lining' }).click();
  const want = setup.getByLabel('Something I want in a company or role');
  await want.fill('A hiring team that explains its decisions');
  await want.press('Enter');
  await setup.locator('.preference').first().waitFor();

  // A setting, through the settings page.
  await setup.goto(setup.url().replace(/#.*$/, '') + '#/settings');
  await setup.getByLabel('Weekly goal (applications)').fill('7');
  await setup.getByLabel('Weekly goal (applications)').blur();
  await setup.getByText('Saved.').first().waitFor();
  await setup.close();
}

interface Snapshot {
  tables: Record<string, unknown[]>;
  settings: unknown;
}

async function snapshot(h: Harness): Promise<Snapshot> {
  const tables: Record<string, unknown[]> = {};
  for (const name of ['applications', 'events', 'debriefs', 'actionItems', 'preferences']) {
    const rows = await h.table<{ id: string | number }>(name);
    tables[name] = rows.sort((a, b) => String(a.id).localeCompare(String(b.id)));
  }
  const worker = await h.worker();
  const settings = await worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings);
  return { tables, settings };
}

async function pipelineOpens(page: Page): Promise<void> {
  await page.getByText('Product Designer').first().waitFor();
  await page.getByText('UX Researcher').first().waitFor();
}

describe.each(releases)('upgrading from %s to this build', (release) => {
  it('keeps every application, event, debrief, action item, preference and setting', async () => {
    const extensionDir = path.join(scratch, release, 'extension');
    const userDataDir = path.join(scratch, release, 'profile');
    fs.mkdirSync(extensionDir, { recursive: true });
    await unzip(path.join(RELEASES, release), extensionDir);

    let h = await launch({ extensionDir, userDataDir });
    let before: Snapshot;
    try {
      await captureAndEdit(h);
      before = await snapshot(h);
    } finally {
      await h.close();
    }
    expect(before.tables.applications).toHaveLength(3);
    expect(before.tables.debriefs).toHaveLength(1);
    expect(before.tables.actionItems!.length).toBeGreaterThan(0);
    expect(before.tables.preferences).toHaveLength(1);
    expect(before.settings).toMatchObject({ weeklyGoal: 7 });

    replaceContents(extensionDir, DIST);
    h = await launch({ extensionDir, userDataDir });
    try {
      const after = await snapshot(h);
      // Every record as the old release wrote it (upgrades may add fields, never drop or change one).
      for (const [name, rows] of Object.entries(before.tables)) {
        expect(after.tables[name], name).toHaveLength(rows.length);
        rows.forEach((row, i) => expect(after.tables[name]![i], `${name} ${i}`).toMatchObject(row as object));
      }
      expect(after.settings).toMatchObject(before.settings as object);
      await pipelineOpens(await h.openOptions());
    } finally {
      await h.close();
    }
  }, 180_000);
});
