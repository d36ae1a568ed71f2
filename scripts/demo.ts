/**
 * `npm run demo [-- --headed] [-- --out DIR]`: builds the extension, opens Chromium with it on a few
 * sample job pages served locally under their real hostnames, saves one, and writes screenshots of the
 * popup and the options page. With --headed a real window stays open for a person to try things.
 */
import { execSync } from 'node:child_process';
import path from 'node:path';
import { launch } from '../test/support/chromium';

const args = process.argv.slice(2);
const headed = args.includes('--headed');
const outIndex = args.indexOf('--out');
const outDir = path.resolve(outIndex >= 0 && args[outIndex + 1] ? args[outIndex + 1]! : 'artifacts/demo');

const SAMPLE_PAGES = [
  'https://boards.greenhouse.io/northwind/jobs/5550001',
  'https://jobs.lever.co/northwind/0d6f3a52-8c1e-4b7a-9f2d-3e5a7c9b1d42',
];

execSync('npm run build', { stdio: 'inherit' });
const h = await launch({ headed });
try {
  const worker = await h.worker();
  const pages = [];
  for (const url of SAMPLE_PAGES) pages.push(await h.open(url));
  const posting = pages[0]!;
  await posting.bringToFront();
  // The same handler the keyboard shortcut runs (Alt+Shift+S).
  await worker.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url });
    await (globalThis as unknown as { rebound: { handleCommand(c: string, t: unknown): Promise<void> } }).rebound.handleCommand(
      'save-job',
      tab,
    );
  }, SAMPLE_PAGES[0]!);
  await h.waitForApplications((apps) => apps.length > 0);
  await posting.screenshot({ path: path.join(outDir, 'page-with-toast.png') });

  const popup = await h.openPopup();
  await new Promise((r) => setTimeout(r, 800));
  await popup.screenshot(path.join(outDir, 'popup.png'));
  await popup.close();

  const options = await h.openOptions();
  await options.waitForTimeout(500);
  await options.screenshot({ path: path.join(outDir, 'options.png') });
  console.log(`Screenshots written to ${outDir}`);

  if (headed) {
    console.log('Chromium is open with Rebound loaded. Close the window (or press Ctrl+C) to end the demo.');
    await new Promise<void>((resolve) => h.context.on('close', () => resolve()));
  }
} finally {
  await h.close().catch(() => undefined);
}
