/**
 * A company career site with JSON-LD, captured through the all-sites opt-in. The browser's permission
 * prompt cannot be answered from a test (it is browser UI, and `permissions.request` waits on it), so
 * this file loads a copy of dist/ whose manifest grants `https://*\/*` at install (test/support/all-sites-copy.ts) —
 * what the prompt grants. Everything after the grant is the real path: background/all-sites.ts sees the permission at
 * install and registers the built content script for https pages whose address looks like a job; that script finds the JSON-LD
 * and loads the agent; the agent sees the submit and the thank-you page.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { allSitesCopy } from '../support/all-sites-copy';
import { launchBrowser, type Driver } from '../support/driver';
import { agentStatus, byKey, redirectPost, waitForAgent } from '../support/capture';
import { FIXTURE_ROOT } from '../support/fixture-server';

let h: Driver;
let root: string;
const JOB = 'https://careers.example-company.com/jobs/senior-product-designer';

/** The same posting at an address with no job word in its path: the opt-in's trade-off (README). */
const UNWORDED = 'https://careers.example-company.com/p/senior-product-designer';

beforeAll(async () => {
  root = allSitesCopy();
  h = await launchBrowser({ extensionDir: root });
  redirectPost(h, 'careers.example-company.com', '/jobs/senior-product-designer', `${JOB}/thank-you`);
  const posting = fs.readFileSync(`${FIXTURE_ROOT}/careers.example-company.com/jobs/senior-product-designer/index.html`);
  h.server.routes.push((req, res) => {
    if ((req.headers.host ?? '').split(':')[0] !== 'careers.example-company.com' || req.url !== '/p/senior-product-designer') return false;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(posting);
    return true;
  });
});

afterAll(async () => {
  await h?.close();
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

it('registers the content script for all sites once the permission is there', async () => {
  await expect
    .poll(() => h.background(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id)))
    .toEqual(['rebound-all-sites']);
  // Not on the boards (they have their own scripts) nor on webmail (no job pages there).
  const [script] = await h.background(() => chrome.scripting.getRegisteredContentScripts());
  expect(script!.excludeMatches).toEqual(expect.arrayContaining(['https://jobs.lever.co/*', 'https://mail.google.com/*', 'https://outlook.office.com/*']));
  // Only where the address looks like a job or a thank-you page: the browser took the word patterns as given.
  expect(script!.matches).toEqual(expect.arrayContaining(['https://*/*job*', 'https://*/*Career*', 'https://*/*THANK*']));
  expect(script!.matches).not.toContain('https://*/*');
});

it('keeps the registration when the background stops and starts again', async () => {
  await h.stopBackground();
  // Asking wakes a fresh background (service worker or event page); the registration is the browser's.
  expect(await h.background(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id))).toEqual(['rebound-all-sites']);
});

it('applying on a career site with JSON-LD records one application from the posting', async () => {
  const page = await h.open(JOB);
  // A person reads the posting first; on a busy machine a test can submit before the opt-in script
  // has found the JSON-LD and the agent is there to see it, so wait for the agent's first look.
  await waitForAgent(h, JOB, (status) => status.checks >= 1);
  await page.fill('input[name="name"]', 'Ada Lovelace');
  await page.fill('input[name="email"]', 'ada@example.com');
  await page.click({ css: 'button', text: 'Send application' });
  await page.waitForURL(`${JOB}/thank-you`);
  const apps = await h.waitForApplications((a) => a.length > 0);
  expect(apps).toHaveLength(1);
  expect(apps[0]).toMatchObject({ stage: 'applied', title: 'Senior Product Designer', company: 'Example Company', board: 'web' });
  expect(apps[0]!.postingUrl).toBe(JOB);
  expect(byKey(apps, '')).toHaveLength(1);
  await h.waitForToast(page, /Application recorded/);
  await page.close();
});

it('runs nothing on a page whose address does not look like a job, even with job data in it', async () => {
  const unworded = await h.open(UNWORDED);
  // The same page at a job address, opened after it: by the time its agent is in, the first page's
  // script would long have asked for one, had it been given a script at all.
  const worded = await h.open(JOB);
  await waitForAgent(h, JOB, (status) => status.checks >= 1);
  expect(await agentStatus(h, UNWORDED)).toBeNull();
  await worded.close();
  await unworded.close();
});
