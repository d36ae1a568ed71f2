/**
 * Hash locations of the options page, with no view imports (views import this; router.ts imports
 * the views). The background opens `src/options/index.html#/app/<id>` too: keep those in step.
 */

/** "#/app/abc" → "/app/abc"; "" or "#" → "/". */
export function pathFromHash(hash: string): string {
  const path = hash.replace(/^#/, '');
  return path.startsWith('/') ? path : '/';
}

/**
 * The query of a hash path: "/list?stage=saved" → stage=saved. The router matches on the part before
 * "?", so views read their query here. Values come back decoded ("%2C" → ",").
 */
export function queryOf(path: string): URLSearchParams {
  const at = path.indexOf('?');
  return new URLSearchParams(at === -1 ? '' : path.slice(at + 1));
}

/** The query of the page's current hash (views are re-created when it changes: they read it once). */
export function currentQuery(): URLSearchParams {
  return queryOf(pathFromHash(window.location.hash));
}

export function navigate(path: string): void {
  window.location.hash = path;
}

export const paths = {
  list: () => '/',
  application: (id: string) => `/app/${encodeURIComponent(id)}`,
  addJob: () => '/add',
};

/** For <a href>: real links, so middle-click, copy link and keyboard all work. */
export function href(path: string): string {
  return `#${path}`;
}
