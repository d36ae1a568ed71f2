/**
 * The webmail Rebound can read opened messages in, once the person opts in for that provider.
 * One list for the optional permissions, the script registration, the settings and the links kept
 * with each reply.
 */
export const MAIL_PROVIDERS = {
  gmail: { name: 'Gmail', hosts: ['mail.google.com'] },
  outlook: {
    name: 'Outlook on the web',
    hosts: ['outlook.live.com', 'outlook.office.com', 'outlook.office365.com', 'outlook.cloud.microsoft'],
  },
} as const;

export type MailProvider = keyof typeof MAIL_PROVIDERS;
export const MAIL_PROVIDER_IDS = Object.keys(MAIL_PROVIDERS) as MailProvider[];

/** Match patterns of one provider's hosts ("https://mail.google.com/*"). */
export function mailOrigins(provider: MailProvider): string[] {
  return MAIL_PROVIDERS[provider].hosts.map((host) => `https://${host}/*`);
}

/** Which provider an address belongs to, or null. */
export function providerOf(url: string): MailProvider | null {
  let host: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:') return null;
    host = parsed.hostname;
  } catch {
    return null;
  }
  return MAIL_PROVIDER_IDS.find((id) => (MAIL_PROVIDERS[id].hosts as readonly string[]).includes(host)) ?? null;
}

/** A link back to a message is kept (and shown) only when it points into one of these webmails. */
export function isMailLink(url: string): boolean {
  return providerOf(url) !== null;
}

/** The mail script of a provider, built by scripts/build-page-scripts.ts, and its registration id. */
export const mailScriptFile = (provider: MailProvider) => `mail-${provider}.js`;
export const mailScriptId = (provider: MailProvider) => `rebound-mail-${provider}`;
