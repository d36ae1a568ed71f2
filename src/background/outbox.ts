/**
 * Drains the capture outbox (src/shared/outbox.ts): captures page agents handed over before their
 * answer came, because the tab closed while the service worker slept, say. Runs when the worker
 * starts and whenever an agent adds an entry. Each entry is parsed like a message; the capture's id
 * makes a capture that also arrived by message (or an entry drained twice) one write.
 */
import browser from '../shared/browser';
import { parseRequest } from '../shared/messages';
import { OUTBOX_PREFIX, type OutboxEntry } from '../shared/outbox';
import { saveFromPage } from './page-capture';

/** An entry nobody could deliver for this long is dropped (it has been tried on every wake since). */
const MAX_AGE_MS = 14 * 86_400_000;

function pageCapture(entry: unknown) {
  const { request, pageUrl } = (entry ?? {}) as Partial<OutboxEntry>;
  const parsed = parseRequest(request);
  if (!parsed.ok || parsed.request.type !== 'capture/save' || typeof pageUrl !== 'string') return null;
  const fromPage = parsed.request.trigger === 'posting' || parsed.request.trigger === 'submission';
  return fromPage ? { request: parsed.request, pageUrl } : null;
}

async function drainOnce(now: number): Promise<number> {
  const all = await browser.storage.local.get(null);
  let saved = 0;
  for (const [key, entry] of Object.entries(all)) {
    if (!key.startsWith(OUTBOX_PREFIX)) continue;
    const capture = pageCapture(entry);
    const at = (entry as Partial<OutboxEntry> | undefined)?.at;
    if (!capture || typeof at !== 'number' || now - at > MAX_AGE_MS) {
      // Not a capture (or too old to matter): a clear no, and nothing written.
      await browser.storage.local.remove(key);
      continue;
    }
    try {
      await saveFromPage(capture.request, capture.pageUrl);
      saved++;
    } catch {
      // The store refused for now: the entry stays for the next wake.
    }
  }
  return saved;
}

let draining: Promise<number> | null = null;
let again = false;

/** One drain at a time; a request meanwhile runs one more after it (it may have new entries). */
export function drainOutbox(now = Date.now()): Promise<number> {
  if (draining) {
    again = true;
    return draining;
  }
  draining = drainOnce(now).finally(() => {
    draining = null;
    if (again) {
      again = false;
      void drainOutbox();
    }
  });
  return draining;
}

/** Drain now (the worker just started) and whenever an agent hands a capture over. */
export function wireOutbox(): void {
  void drainOutbox().catch(() => undefined);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    const added = Object.entries(changes).some(([key, change]) => key.startsWith(OUTBOX_PREFIX) && change.newValue !== undefined);
    if (added) void drainOutbox().catch(() => undefined);
  });
}
