/**
 * The always-on content script. It only decides whether this frame could be a job page and, if so,
 * asks the background to load the page agent (detection, extraction, toast) into it. It imports no
 * library, runs no observer, and on a page that is not a job page it does one host test and stops.
 */
import { askForAgent } from './ask-agent';
import { decide } from './gate';
import { siteForHost } from './sites';

let loaded = false;
let asking = false;
let lastHref = '';

function check(): void {
  if (loaded || asking || location.href === lastHref) return;
  lastHref = location.href;
  const { load } = decide({ hostname: location.hostname, pathAndQuery: location.pathname + location.search, doc: document });
  if (!load) return;
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
}

/** Single-page boards change jobs without a page load: look again when the address changes. */
function followNavigation(onKnownJobHost: boolean): void {
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  if (nav) {
    nav.addEventListener('navigatesuccess', check);
    return;
  }
  addEventListener('popstate', check);
  // pushState fires no event a content script can hear; a slow address poll, only on job boards.
  if (onKnownJobHost) {
    const timer = setInterval(() => (loaded ? clearInterval(timer) : check()), 1500);
  }
}

followNavigation(!!siteForHost(location.hostname));
check();
