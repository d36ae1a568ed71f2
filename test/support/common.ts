/**
 * The parts of a Driver that are the same in every browser, written once over the few that differ
 * (running code in the background, reading the toast).
 */
import type { Application, TimelineEvent } from '../../src/core/types';
import { pollUntil, type Driver, type Tab } from './driver';

type Background = Driver['background'];

/** Every record of a table, read in the background ([] when the table does not exist yet). */
export function readTable<T>(background: Background, table: string): Promise<T[]> {
  return background(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('rebound');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(name)) {
            db.close();
            resolve([]);
            return;
          }
          const request = db.transaction(name, 'readonly').objectStore(name).getAll();
          request.onsuccess = () => {
            db.close();
            resolve(request.result as T[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    table,
  );
}

export function storeReaders(background: Background): Pick<Driver, 'table' | 'applications' | 'events' | 'waitForApplications'> {
  const applications = () => readTable<Application>(background, 'applications');
  return {
    table: (name) => readTable(background, name),
    applications,
    events: () => readTable<TimelineEvent>(background, 'events'),
    async waitForApplications(predicate, timeoutMs = 10_000) {
      let apps: Application[] = [];
      await pollUntil(
        () => `applications; have: ${JSON.stringify(apps.map((a) => [a.title, a.company, a.stage]))}`,
        async () => predicate((apps = await applications())),
        timeoutMs,
      );
      return apps;
    },
  };
}

export async function waitForToast(toastText: (tab: Tab) => Promise<string>, tab: Tab, pattern: RegExp, timeoutMs = 20_000): Promise<string> {
  let text = '';
  await pollUntil(() => `a toast matching ${pattern}; it says "${text}"`, async () => pattern.test((text = await toastText(tab))), timeoutMs);
  return text;
}

/** Run the save shortcut's handler (Alt+Shift+S) in the background, for the tab showing `url`. */
export function runShortcut(background: Background, url: string): Promise<void> {
  return background(async (tabUrl) => {
    const target = (await chrome.tabs.query({})).find((t) => t.url === tabUrl);
    if (!target) throw new Error(`no tab at ${tabUrl}`);
    const rebound = (globalThis as unknown as { rebound: { handleCommand(c: string, t: unknown): Promise<void> } }).rebound;
    await rebound.handleCommand('save-job', target);
  }, url);
}
