/**
 * Open the debrief of one application in the options page: in place when we are already there,
 * else in a new tab (from the popup, which then closes). Uses the extension API directly rather
 * than the polyfill so this stays importable by components tested outside an extension.
 */
const OPTIONS_PAGE = 'src/options/index.html';

type TabsApi = { runtime: { getURL(path: string): string }; tabs: { create(props: { url: string }): unknown } };

export function debriefHash(applicationId: string): string {
  return `#/debrief/${encodeURIComponent(applicationId)}`;
}

export function openDebrief(applicationId: string): void {
  const hash = debriefHash(applicationId);
  if (window.location.pathname.endsWith(`/${OPTIONS_PAGE}`)) {
    window.location.hash = hash;
    return;
  }
  const g = globalThis as unknown as { browser?: TabsApi; chrome?: TabsApi };
  const api = g.browser ?? g.chrome;
  if (!api?.tabs) return;
  void Promise.resolve(api.tabs.create({ url: api.runtime.getURL(OPTIONS_PAGE) + hash })).finally(() => {
    // The popup would stay open over the new tab in some browsers.
    if (window.location.pathname.endsWith('/src/popup/index.html')) window.close();
  });
}
