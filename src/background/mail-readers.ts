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

/** Make each provider's registration follow its switch and permission. Returns the providers now on. */
export async function syncMailReaders(): Promise<MailProvider[]> {
  const switches = await mailReaders();
  const on: MailProvider[] = [];
  for (const provider of MAIL_PROVIDER_IDS) {
    const id = mailScriptId(provider);
    const registered = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
    if (await wanted(provider, switches)) {
      on.push(provider);
      if (registered.length === 0) {
        await browser.scripting.registerContentScripts([
          {
            id,
            matches: mailOrigins(provider),
            js: [mailScriptFile(provider)],
            runAt: 'document_idle',
            // The opened message lives in the top frame of both webmails.
            allFrames: false,
            persistAcrossSessions: true,
          },
        ]);
      }
    } else if (registered.length > 0) {
      await browser.scripting.unregisterContentScripts({ ids: [id] });
    }
  }
  return on;
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
