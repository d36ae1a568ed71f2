/**
 * The optional permission behind "capture on other career sites". `permissions.request` must run in
 * the click handler itself (a user gesture), so the options page calls this directly from a button.
 * The background (background/all-sites.ts) notices the change and registers the content script.
 */
import browser from '../shared/browser';

const ORIGINS = ['https://*/*'];

export function hasAllSites(): Promise<boolean> {
  return browser.permissions.contains({ origins: ORIGINS });
}

export function requestAllSites(): Promise<boolean> {
  return browser.permissions.request({ origins: ORIGINS });
}

export function removeAllSites(): Promise<boolean> {
  return browser.permissions.remove({ origins: ORIGINS });
}
