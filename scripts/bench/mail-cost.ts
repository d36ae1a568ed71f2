/**
 * The mail script's cost (section "mail" of npm run bench): its bytes, and the main-thread work in it
 * per opened message, read from a DevTools trace while threads of the project's Gmail fixture page are
 * opened and closed in turn (the observer's callbacks, the read, the hash, the message and the chip).
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch } from '../../test/support/chromium';
import { copyGranting } from '../../test/support/all-sites-copy';
import { MAIL_PROVIDER_IDS, mailOrigins, mailScriptFile } from '../../src/core/reply/providers';
import { costFromTrace, readStream, type TraceEvent } from './page-cost';
import { summarise, type Summary } from './stats';

const THREADS = ['FMfcgzAcmeRejection0001', 'FMfcgzGlobexAck00000002', 'FMfcgzJobAlert00000003', 'FMfcgzChain000000000004', 'FMfcgzHtmlOnly00000008'];
const MARK = 'rebound-bench-mail-';

export interface MailFigures {
  bytes: Record<string, { raw: number; gzip: number }>;
  /** Main-thread ms in the mail script per opened message (wall-clock and thread time). */
  perMessage: Summary;
  perMessageCpu: Summary;
  opens: number;
}

export async function measureMailCost(dist: string, opens: number): Promise<MailFigures> {
  const bytes = Object.fromEntries(
    MAIL_PROVIDER_IDS.map((provider) => {
      const code = fs.readFileSync(path.join(dist, mailScriptFile(provider)));
      return [provider, { raw: code.length, gzip: gzipSync(code, { level: 9 }).length }];
    }),
  );
  const extensionDir = copyGranting(MAIL_PROVIDER_IDS.flatMap(mailOrigins), dist);
  const h = await launch({ extensionDir });
  try {
    const worker = await h.worker();
    await worker.evaluate(() => chrome.storage.local.set({ mailReaders: { gmail: true } }));
    for (let i = 0; i < 100; i++) {
      const ids = await worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id));
      if (ids.includes('rebound-mail-gmail')) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const page = await h.open('https://mail.google.com/mail/u/0/#inbox');
    const session = await h.context.newCDPSession(page);
    await session.send('Tracing.start', { transferMode: 'ReturnAsStream', traceConfig: { includedCategories: ['devtools.timeline', 'toplevel'] } });
    for (let i = 0; i < opens; i++) {
      await page.evaluate(([mark, hash]) => {
        console.timeStamp(mark);
        location.hash = hash;
      }, [`${MARK}${i}`, `#inbox/${THREADS[i % THREADS.length]}`] as const);
      // Render (120 ms in the fixture), the debounce (150 ms), the round trip and the chip.
      await page.waitForTimeout(700);
      await page.evaluate(() => {
        location.hash = '#inbox';
      });
      await page.waitForTimeout(200);
    }
    const events = session as unknown as { once(name: string, listener: (event: { stream: string }) => void): void };
    const complete = new Promise<{ stream: string }>((resolve) => events.once('Tracing.tracingComplete', resolve));
    await session.send('Tracing.end');
    const parsed = JSON.parse(await readStream(session, (await complete).stream)) as { traceEvents: TraceEvent[] } | TraceEvent[];
    const trace = Array.isArray(parsed) ? parsed : parsed.traceEvents;
    const marks = trace.filter((e) => e.name === 'TimeStamp' && e.args?.data?.message?.startsWith(MARK)).map((e) => e.ts).sort((a, b) => a - b);
    const script = new Set([`chrome-extension://${h.extensionId}/${mailScriptFile('gmail')}`]);
    const costs = marks.map((start, i) => costFromTrace(trace.filter((e) => e.ts >= start && e.ts < (marks[i + 1] ?? Infinity)), script));
    return { bytes, perMessage: summarise(costs.map((c) => c.extensionMs)), perMessageCpu: summarise(costs.map((c) => c.cpuMs)), opens };
  } finally {
    await h.close();
    fs.rmSync(extensionDir, { recursive: true, force: true });
  }
}
