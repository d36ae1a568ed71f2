/** Pure (no extension API, so unit tests load it): may the page agent load at this frame address? */
import { siteForHost } from '../sites/site-for-host';

export function siteCaptureAllowed(disabledSites: readonly string[], frameUrl: string | undefined): boolean {
  if (!frameUrl || disabledSites.length === 0) return true;
  let url: URL;
  try {
    url = new URL(frameUrl);
  } catch {
    return true;
  }
  // The same table that declares each site's page script: a switched-off site is exactly those hosts.
  const site = siteForHost(url.hostname);
  return !site || !disabledSites.includes(site.id);
}
