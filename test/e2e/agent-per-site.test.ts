/**
 * One page agent per site (src/sites/agent-file.ts): each frame gets the agent its own address calls
 * for, on every path that injects one: a board's page script, the keyboard shortcut, the all-sites
 * opt-in script, a board's form framed on an employer's page; and a document never gets two.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agentBuilds } from '../../scripts/lib/agent-builds';
import { GENERIC_AGENT } from '../../src/sites/agent-file';
import { launchWithAllSites } from '../support/all-sites-copy';
import { agentSitesByFrame, waitForAgent } from '../support/capture';
import { pollUntil, type Driver } from '../support/driver';

let h: Driver;
const LEVER_JOB = 'https://jobs.lever.co/acme/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0';
const GH_JOB = 'https://job-boards.greenhouse.io/acme/jobs/4012345';
const CAREER_SITE_JOB = 'https://careers.example-company.com/jobs/senior-product-designer';
/** An employer's page with no job of its own that frames a Greenhouse posting. */
const EMPLOYER = 'https://www.example-employer.com/join-us';
const GENERIC_SITES = agentBuilds().find((build) => build.file === GENERIC_AGENT)!.sites;

beforeAll(async () => {
  h = await launchWithAllSites();
  h.server.routes.push((req, res) => {
    if ((req.headers.host ?? '').split(':')[0] !== 'www.example-employer.com') return false;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><title>Join us</title><h1>Join us</h1><p>We are hiring.</p><iframe src="${GH_JOB}" width="800" height="600"></iframe>`);
    return true;
  });
});

afterAll(async () => {
  await h?.close();
});

/** Wait until every frame of the tab at `url` that should have an agent has one, and return them. */
async function frames(url: string, expected: number) {
  return pollUntil(`${expected} frame(s) with an agent at ${url}`, async () => {
    const found = await agentSitesByFrame(h, url);
    return found.filter((frame) => frame.sites).length >= expected ? found : null;
  });
}

describe('the agent a frame gets', () => {
  it("a board's page script loads that board's agent, carrying its reader alone", async () => {
    const page = await h.open(LEVER_JOB);
    await waitForAgent(h, LEVER_JOB, (status) => status.checks >= 1);
    expect(await frames(LEVER_JOB, 1)).toEqual([{ url: LEVER_JOB, sites: ['lever'] }]);
    await page.close();
  });

  it('a second, different agent file in the same document installs no second copy', async () => {
    const page = await h.open(LEVER_JOB);
    await waitForAgent(h, LEVER_JOB, (status) => status.checks >= 1);
    await h.background(async (url) => {
      const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
      await chrome.scripting.executeScript({ target: { tabId: tab!.id! }, files: ['agent.js'] });
    }, LEVER_JOB);
    expect(await agentSitesByFrame(h, LEVER_JOB)).toEqual([{ url: LEVER_JOB, sites: ['lever'] }]);
    await page.close();
  });

  it('a career site found by the all-sites opt-in gets the generic agent', async () => {
    const page = await h.open(CAREER_SITE_JOB);
    await waitForAgent(h, CAREER_SITE_JOB, (status) => status.checks >= 1);
    expect(await frames(CAREER_SITE_JOB, 1)).toEqual([{ url: CAREER_SITE_JOB, sites: GENERIC_SITES }]);
    await page.close();
  });

  it("a Greenhouse form framed on an employer's page gets Greenhouse's agent; the shortcut on the page gets the generic one", async () => {
    const page = await h.open(EMPLOYER);
    // The framed posting's own page script asks for its agent.
    const framed = await frames(EMPLOYER, 1);
    expect(framed).toEqual([
      { url: EMPLOYER, sites: null },
      { url: GH_JOB, sites: ['greenhouse'] },
    ]);
    await h.shortcut(page);
    expect(await frames(EMPLOYER, 2)).toEqual([
      { url: EMPLOYER, sites: GENERIC_SITES },
      { url: GH_JOB, sites: ['greenhouse'] },
    ]);
    await page.close();
  });
});
