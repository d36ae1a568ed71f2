/**
 * The last moment a page can be sure to hand work to the browser: when it starts to go away, hidden
 * (another tab, the window minimised, the tab closing) or unloading (closed, navigated away). A tab
 * being closed is hidden first, then gets pagehide. `then` runs inside that event (a promise job queued
 * there may never run for a page on its way out), once. It runs at once on a page hidden now, and in
 * Firefox: there a storage write started as the page goes never landed (test/e2e/capture-trust), so
 * the only sure moment is now. Returns a way to stop waiting.
 */
export function onPageLeaving(then: () => void, win: Window = window): () => void {
  const doc = win.document;
  // Only Firefox's content scripts have cloneInto (on their own global, not on the page's window).
  const lateWritesLand = typeof (globalThis as { cloneInto?: unknown }).cloneInto !== 'function';
  if (!lateWritesLand || doc.visibilityState === 'hidden') {
    then();
    return () => undefined;
  }
  const stop = () => {
    win.removeEventListener('pagehide', left, true);
    doc.removeEventListener('visibilitychange', hidden, true);
  };
  const left = () => {
    stop();
    then();
  };
  const hidden = () => {
    if (doc.visibilityState === 'hidden') left();
  };
  win.addEventListener('pagehide', left, true);
  doc.addEventListener('visibilitychange', hidden, true);
  return stop;
}
