/**
 * Capture latency: from the ATS confirmation appearing in the page to the application being written.
 * Uses the project's Ashby fixture (the success view replaces the form in place), served for a fresh
 * job id each run so every run is a new application, not a dedupe of the last one.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Harness } from '../../test/support/chromium';
import { FIXTURE_ROOT } from '../../test/support/fixture-server';

const FIXTURE = path.join(FIXTURE_ROOT, 'jobs.ashbyhq.com/acme/7c0e7e52-5b1a-4c2e-9d55-0a8f3f9e2b11/application.html');
const ROUTE = /^\/acme\/([0-9a-f-]{36})\/application$/;

export function serveAshbyForAnyJob(h: Harness): void {
  const html = fs.readFileSync(FIXTURE);
  h.server.routes.push((req, res) => {
    const host = (req.headers.host ?? '').split(':')[0];
    const { pathname } = new URL(req.url ?? '/', 'https://x');
    if (host !== 'jobs.ashbyhq.com' || !ROUTE.test(pathname) || pathname.includes('7c0e7e52')) return false;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    return true;
  });
}

/** One run: apply, note when the confirmation appears (page clock = epoch ms), wait for the record. */
export async function measureCaptureLatency(h: Harness): Promise<number> {
  const jobId = crypto.randomUUID();
  const page = await h.open(`https://jobs.ashbyhq.com/acme/${jobId}/application`);
  try {
    // A string, not a function: tsx's name-keeping helper would not exist inside the page.
    await page.evaluate(`(() => {
      const observer = new MutationObserver(() => {
        if (!document.querySelector('.ashby-application-form-success-container')) return;
        window.confirmedAt = performance.timeOrigin + performance.now();
        observer.disconnect();
      });
      observer.observe(document.body, { childList: true, subtree: true });
    })()`);
    await page.fill('input[name="_systemfield_name"]', 'Ada Lovelace');
    await page.fill('input[name="_systemfield_email"]', 'ada@example.com');
    await page.click('button.yes');
    await page.click('button.ashby-application-form-submit-button');
    const apps = await h.waitForApplications((all) => all.some((a) => a.jobId === jobId), 15_000);
    const app = apps.find((a) => a.jobId === jobId)!;
    const confirmedAt = await page.evaluate<number>('window.confirmedAt');
    // createdAt is taken as the write starts; the single-record transaction it opens is a few ms more.
    return app.createdAt - confirmedAt;
  } finally {
    await page.close();
  }
}
