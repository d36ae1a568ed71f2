import { afterEach, describe, expect, it } from 'vitest';
import { onPageLeaving } from '../../../src/agent/page-leaving';

let visibility: DocumentVisibilityState = 'visible';
Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });

afterEach(() => {
  visibility = 'visible';
});

/** How many times `then` has run, as the page's events happen. */
function counted() {
  let calls = 0;
  const stop = onPageLeaving(() => calls++);
  return { calls: () => calls, stop };
}

describe('onPageLeaving', () => {
  it('runs inside the event when the page is hidden (the tab switched away or closing), not while it stays visible', () => {
    const leaving = counted();
    document.dispatchEvent(new Event('visibilitychange'));
    expect(leaving.calls()).toBe(0);
    visibility = 'hidden';
    document.dispatchEvent(new Event('visibilitychange'));
    expect(leaving.calls()).toBe(1);
  });

  it('runs inside the event when the page unloads (closed, or navigated away), once', () => {
    const leaving = counted();
    window.dispatchEvent(new Event('pagehide'));
    visibility = 'hidden';
    document.dispatchEvent(new Event('visibilitychange'));
    window.dispatchEvent(new Event('pagehide'));
    expect(leaving.calls()).toBe(1);
  });

  it('runs at once on a page that is hidden already', () => {
    visibility = 'hidden';
    expect(counted().calls()).toBe(1);
  });

  it('runs at once in Firefox (its content scripts have cloneInto), where a write started as the page goes never lands', () => {
    const firefox = globalThis as { cloneInto?: unknown };
    firefox.cloneInto = () => undefined;
    try {
      const leaving = counted();
      expect(leaving.calls()).toBe(1);
      window.dispatchEvent(new Event('pagehide'));
      expect(leaving.calls()).toBe(1);
    } finally {
      delete firefox.cloneInto;
    }
  });

  it('runs no more once stopped (the capture was answered)', () => {
    const leaving = counted();
    leaving.stop();
    window.dispatchEvent(new Event('pagehide'));
    expect(leaving.calls()).toBe(0);
  });
});
