/**
 * Hash locations of the options page, with no view imports (views import this; router.ts imports
 * the views). The background opens `src/options/index.html#/app/<id>` too: keep those in step.
 */

/** "#/app/abc" → "/app/abc"; "" or "#" → "/". */
export function pathFromHash(hash: string): string {
  const path = hash.replace(/^#/, '');
  return path.startsWith('/') ? path : '/';
}

export function navigate(path: string): void {
  window.location.hash = path;
}

export const paths = {
  list: () => '/',
  application: (id: string) => `/app/${encodeURIComponent(id)}`,
};

/** For <a href>: real links, so middle-click, copy link and keyboard all work. */
export function href(path: string): string {
  return `#${path}`;
}
