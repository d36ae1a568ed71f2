/**
 * When a page starts to go away: hidden (another tab, the window minimised, the tab closing) or
 * unloading (closed, navigated away). These are its last moments to hand work to the browser: a tab
 * being closed is hidden first, then gets pagehide. `then` runs inside that event (a promise job queued
 * there may never run for a page on its way out), once; at once if the page is hidden now. Returns a
 * way to stop waiting.
 */
export function onPageLeaving(then: () => void, win: Window = window): () => void {
  const doc = win.document;
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
  if (doc.visibilityState === 'hidden') {
    then();
    return () => undefined;
  }
  win.addEventListener('pagehide', left, true);
  doc.addEventListener('visibilitychange', hidden, true);
  return stop;
}
