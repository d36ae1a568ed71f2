/**
 * Reading opened emails in Gmail and Outlook on the web, per provider, only after the person opts in
 * (Settings → Replies by email). Opting in grants the provider's optional host permission and sets
 * its switch in storage ("mailReaders"); the mail script is registered only while both hold, and
 * unregistered as soon as either goes. The switch matters because the all-sites permission
 * (https://*\/*) also covers these hosts: that one alone never turns mail reading on.
 */
import browser from '../shared/browser';
import { MAIL_READERS_KEY, type MailReaders } from '../shared/mail-keys';
import { MAIL_PROVIDER_IDS, mailOrigins, mailScriptFile, mailScriptId, type MailProvider } from '../core/reply/providers';

export async function mailReaders(): Promise<MailReaders> {
  const stored = (await browser.storage.local.get(MAIL_READERS_KEY))[MAIL_READERS_KEY];
  return stored && typeof stored === 'object' ? (stored as MailReaders) : {};
}

async function wanted(provider: MailProvider, switches: MailReaders): Promise<boolean> {
  return switches[provider] === true && (await browser.permissions.contains({ origins: mailOrigins(provider) }));
}

let syncQueue: Promise<unknown> = Promise.resolve();

/**
 * Make each provider's registration follow its switch and permission. Returns the providers now on.
 * Runs one at a time: a switch and a permission change arrive together (turning a provider off does
 * both), and two syncs interleaving could each act on what the other was undoing.
 */
export function syncMailReaders(): Promise<MailProvider[]> {
  const run = syncQueue.then(syncOnce, syncOnce);
  syncQueue = run.catch(() => undefined);
  return run;
}

async function syncOnce(): Promise<MailProvider[]> {
  const switches = await mailReaders();
  const on: MailProvider[] = [];
  const failures: unknown[] = [];
  for (const provider of MAIL_PROVIDER_IDS) {
    // One provider's failure does not leave the others as they were.
    await syncProvider(provider, switches).then(
      (isOn) => isOn && on.push(provider),
      (error: unknown) => failures.push(error),
    );
  }
  if (failures.length) throw failures[0];
  return on;
}

async function syncProvider(provider: MailProvider, switches: MailReaders): Promise<boolean> {
  const id = mailScriptId(provider);
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (await wanted(provider, switches)) {
    if (registered.length === 0) {
      await browser.scripting.registerContentScripts([
        {
          id,
          matches: mailOrigins(provider),
          js: [mailScriptFile(provider)],
          runAt: 'document_idle',
          allFrames: false,
          persistAcrossSessions: true,
        },
      ]);
    }
    return true;
  }
  if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [id] });
  return false;
}

export function wireMailReaders(): void {
  const sync = () => void syncMailReaders().catch(() => undefined);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
  browser.runtime.onInstalled.addListener(sync);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && MAIL_READERS_KEY in changes) sync();
  });
}
