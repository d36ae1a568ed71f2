/** Which site an address is on, as the background judges it (from the address, never from the page). */
import { siteForHost } from '../sites/site-for-host';

export function hostOf(url: string | undefined): string {
  try {
    return new URL(url ?? '').hostname.toLowerCase();
  } catch {
    return '';
  }
}

/** Which site an address belongs to: a known board (all its hosts are one site), else the host itself. */
export function siteOfAddress(url: string | undefined): string {
  const host = hostOf(url);
  return siteForHost(host)?.id ?? host.replace(/^www\./, '');
}
