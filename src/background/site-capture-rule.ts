/** Pure (no extension API, so unit tests load it): may the page agent load at this frame address? */
import { siteFor } from '../core/extract/sites';

export function siteCaptureAllowed(disabledSites: readonly string[], frameUrl: string | undefined): boolean {
  if (!frameUrl || disabledSites.length === 0) return true;
  let url: URL;
  try {
    url = new URL(frameUrl);
  } catch {
    return true;
  }
  // The extractor's site table, not the content script's: see src/core/capture-sites.ts for why.
  const site = siteFor(url);
  return !site || !disabledSites.includes(site.id);
}
