/**
 * The loop both page scripts share: decide whether this frame could be a job page and, if so, ask the
 * background to load the page agent into it; look again when the address changes (single-page
 * boards change jobs without a page load). Nothing else runs: no observer, no timer on other hosts.
 */
import { askForAgent } from './ask-agent';

export function watchAddress(couldBeJobPage: () => boolean, onKnownJobHost: boolean): void {
  let loaded = false;
  let asking = false;
  let lastHref = '';

  const check = (): void => {
    if (loaded || asking || location.href === lastHref) return;
    lastHref = location.href;
    if (!couldBeJobPage()) return;
    asking = true;
    askForAgent()
      .then((ok) => {
        // From here the agent follows in-page navigation itself.
        loaded = ok;
      })
      .catch(() => undefined)
      .finally(() => {
        asking = false;
        // Not loaded (the service worker was busy or the page moved on): try again on the next change.
        if (!loaded) lastHref = '';
      });
  };

  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  if (nav) {
    nav.addEventListener('navigatesuccess', check);
  } else {
    addEventListener('popstate', check);
    // pushState fires no event a content script can hear; a slow address poll, only on job boards.
    if (onKnownJobHost) {
      const timer = setInterval(() => (loaded ? clearInterval(timer) : check()), 1500);
    }
  }
  check();
}
