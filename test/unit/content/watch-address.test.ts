// @vitest-environment jsdom
// The all-sites page script's loop, in a document whose address history.pushState changes (jsdom), with
// the extension's message API replaced by a recorder.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { confirmationAddress } from '../../../src/content/confirmation-address';
import { hasJobPostingData } from '../../../src/content/job-posting-data';

type Watch = typeof import('../../../src/content/watch-address');

let asked: number;
/** Listeners the module added to the window, removed after each test: each test is a new page. */
let listeners: [string, EventListenerOrEventListenerObject][] = [];
let reply: { ok: boolean };

/** A fresh copy of the module (its state is per page) and a fresh page at `path`, with JobPosting data or not. */
async function freshPage(path: string, jobData = false): Promise<Watch['watchAddress']> {
  history.replaceState(null, '', path);
  if (jobData) {
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.textContent = '{"@type":"JobPosting","title":"Designer"}';
    document.head.append(script);
  }
  vi.resetModules();
  return (await import('../../../src/content/watch-address')).watchAddress;
}

beforeEach(() => {
  asked = 0;
  const add = window.addEventListener.bind(window);
  vi.spyOn(window, 'addEventListener').mockImplementation((type: string, listener: EventListenerOrEventListenerObject) => {
    listeners.push([type, listener]);
    add(type, listener);
  });
  reply = { ok: true };
  vi.stubGlobal('chrome', {
    runtime: {
      sendMessage: async (message: { type: string }) => {
        if (message.type === 'agent/load') asked++;
        return reply;
      },
    },
  });
});

afterEach(() => {
  for (const [type, listener] of listeners) window.removeEventListener(type, listener);
  listeners = [];
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  document.head.replaceChildren();
});

/**
 * One macrotask turn: every reply already given and everything chained on it (the page script's
 * then/finally) has run by then, on any machine — the replies are resolved promises, not timers.
 */
const repliesHandled = () => new Promise((resolve) => setTimeout(resolve));

/** What src/content/all-sites.ts passes. */
const allSites = { address: confirmationAddress, orPage: hasJobPostingData, poll: false };

describe('the all-sites page script', () => {
  it('asks for the agent on a thank-you address and on a page with JobPosting data, and not elsewhere', async () => {
    (await freshPage('/news/2026/story'))(allSites);
    await vi.waitFor(() => expect(asked).toBe(0));

    (await freshPage('/careers/thank-you'))(allSites);
    await vi.waitFor(() => expect(asked).toBe(1));

    (await freshPage('/Careers/THANK-YOU'))(allSites);
    await vi.waitFor(() => expect(asked).toBe(2));

    (await freshPage('/p/12345', true))(allSites);
    await vi.waitFor(() => expect(asked).toBe(3));
  });

  it('looks again after an in-page navigation (popstate without the Navigation API) and stops once the agent is in', async () => {
    const watch = await freshPage('/news/2026/story');
    watch(allSites);
    history.pushState(null, '', '/apply/thank-you');
    dispatchEvent(new PopStateEvent('popstate'));
    await vi.waitFor(() => expect(asked).toBe(1));
    // The agent follows navigation itself from here: the page script asks no more.
    await repliesHandled();
    history.pushState(null, '', '/apply/confirmation');
    dispatchEvent(new PopStateEvent('popstate'));
    await repliesHandled();
    expect(asked).toBe(1);
  });

  it('hears the Navigation API where the browser has one', async () => {
    const navigation = new EventTarget();
    vi.stubGlobal('navigation', navigation);
    const watch = await freshPage('/news/2026/story');
    watch(allSites);
    history.pushState(null, '', '/jobs/thank-you');
    navigation.dispatchEvent(new Event('navigatesuccess'));
    await vi.waitFor(() => expect(asked).toBe(1));
  });

  it('asks again on the next change when the agent could not be loaded', async () => {
    reply = { ok: false };
    const watch = await freshPage('/careers/thank-you');
    watch(allSites);
    await vi.waitFor(() => expect(asked).toBe(1));
    // The reply is handled after the question is counted.
    await repliesHandled();
    reply = { ok: true };
    history.pushState(null, '', '/careers/thank-you?step=2');
    dispatchEvent(new PopStateEvent('popstate'));
    await vi.waitFor(() => expect(asked).toBe(2));
  });
});
