import { SITE_URLS } from './all-urls';
import type { SiteUrls } from './site-urls';

/**
 * The site a host belongs to (the agent's gate, the background and the extractor ask; a page script
 * knows its own). Its own module, so what needs only this carries no site's reader.
 */
export function siteForHost(hostname: string): SiteUrls | undefined {
  const host = hostname.toLowerCase();
  return SITE_URLS.find((site) => site.hosts.test(host));
}
