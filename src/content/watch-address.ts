/**
 * The loop every page script shares: decide whether this frame could be a job page and, if so, ask
 * the background to load the page agent into it; look again when the address changes (single-page
 * boards change jobs without a page load). Nothing else runs: no observer, no timer on other hosts.
 *
 * One function on purpose. This runs in a fresh isolated world on every matched page, where the cost
 * is mostly first times (traced by `npm run bench`): each function called for the first time is
 * compiled then, so the first call both sets up and checks, and the decision is data (one pattern,
 * joined at build time for a board), not a chain of callbacks (flattening took the all-sites script
 * from about 1.0 ms to 0.85 per page).
 * The address comes from `document.URL`, not `location`: each DOM interface touched for the first
 * time builds a wrapper, and the structured-data test needs `document` anyway.
 */
import { askForAgent } from './ask-agent';

export interface JobPageTest {
  /**
   * Addresses that can hold a job, tested against `pathname + search`: a board's one pattern (address.ts),
   * or the all-sites script's word check before its pattern (confirmation-address.ts).
   */
  address: { test(pathAndQuery: string): boolean };
  /**
   * Sites without an address table: what else makes a job page (JobPosting data, job-posting-data.ts). Passed
   * in, not imported, so the job boards' scripts do not carry it.
   */
  orPage?: (doc: Document, pathAndQuery: string) => boolean;
  /** Without the Navigation API, poll the address (job boards only: single-page apps). */
  poll: boolean;
}

let test: JobPageTest | undefined;
let loaded = false;
let asking = false;
let lastUrl = '';

/** Called once by the page script with its test; afterwards again, without one, on each navigation. */
export function watchAddress(pageTest?: JobPageTest): void {
  if (pageTest && !test) {
    test = pageTest;
    const again = () => watchAddress();
    const nav = (globalThis as { navigation?: EventTarget }).navigation;
    if (nav) {
      nav.addEventListener('navigatesuccess', again);
    } else {
      addEventListener('popstate', again);
      // pushState fires no event a content script can hear; a slow address poll, only on job boards.
      if (test.poll) {
        const timer = setInterval(() => (loaded ? clearInterval(timer) : again()), 1500);
      }
    }
  }
  const url = document.URL;
  if (!test || loaded || asking || url === lastUrl) return;
  lastUrl = url;
  // pathname + search, without building a URL object.
  const start = url.indexOf('/', url.indexOf('//') + 2);
  const hash = url.indexOf('#', start);
  const pathAndQuery = start < 0 ? '/' : url.slice(start, hash < 0 ? undefined : hash);
  if (!test.address.test(pathAndQuery) && !test.orPage?.(document, pathAndQuery)) return;
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
      if (!loaded) lastUrl = '';
    });
}
