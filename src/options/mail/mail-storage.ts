/**
 * The options page's side of reading replies: each provider's switch and permission, the count of
 * emails that could not be read, and forgetting which emails were already offered. The background
 * follows the switch (src/background/mail-readers.ts). Keys are shared with it.
 */
import browser from '../../shared/browser';
import { mailOrigins, type MailProvider } from '../../core/reply/providers';
import { MAIL_READERS_KEY, MAIL_SEEN_KEY, MAIL_UNREADABLE_KEY, type MailReaders } from '../../shared/mail-keys';

async function readObject<T>(key: string): Promise<Partial<T>> {
  const value = (await browser.storage.local.get(key))[key];
  return value && typeof value === 'object' ? (value as Partial<T>) : {};
}

/** On when both the switch and the permission hold (the permission can be taken back in the browser). */
export async function mailReaderOn(provider: MailProvider): Promise<boolean> {
  const switches = await readObject<MailReaders>(MAIL_READERS_KEY);
  return switches[provider] === true && (await browser.permissions.contains({ origins: mailOrigins(provider) }));
}

async function setSwitch(provider: MailProvider, on: boolean): Promise<void> {
  const switches = await readObject<MailReaders>(MAIL_READERS_KEY);
  await browser.storage.local.set({ [MAIL_READERS_KEY]: { ...switches, [provider]: on } });
}

/** Must be called straight from a click: the browser shows its prompt only during a user gesture. */
export async function turnOnMailReader(provider: MailProvider): Promise<boolean> {
  const granted = await browser.permissions.request({ origins: mailOrigins(provider) });
  if (granted) await setSwitch(provider, true);
  return granted;
}

export async function turnOffMailReader(provider: MailProvider): Promise<void> {
  await setSwitch(provider, false);
  // The all-sites permission may also cover these hosts; the switch alone already stops the script.
  await browser.permissions.remove({ origins: mailOrigins(provider) }).catch(() => false);
}

export async function unreadableCount(provider: MailProvider): Promise<number> {
  return (await readObject<Record<string, number>>(MAIL_UNREADABLE_KEY))[provider] ?? 0;
}

export async function processedEmailCount(): Promise<number> {
  return Object.keys(await readObject<Record<string, number>>(MAIL_SEEN_KEY)).length;
}

/** Every email may be offered again; the replies already filed stay in their timelines. */
export async function forgetProcessedEmails(): Promise<void> {
  await browser.storage.local.remove(MAIL_SEEN_KEY);
}
