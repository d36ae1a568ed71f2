import type { Reply, Request, RequestType } from './messages';

type RuntimeLike = {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
};

/**
 * The API object without the polyfill: Firefox has `browser`, Chrome's MV3 `chrome.runtime` returns
 * promises. Keeps the content scripts free of the polyfill's weight.
 */
export function extApi(): RuntimeLike {
  const g = globalThis as unknown as { browser?: RuntimeLike; chrome?: RuntimeLike };
  const api = g.browser ?? g.chrome;
  if (!api) throw new Error('Rebound: extension API not available here.');
  return api;
}

/** Send one typed request to the background and get its typed reply. */
export async function send<T extends RequestType>(request: Extract<Request, { type: T }>): Promise<Reply<T>> {
  const reply = (await extApi().runtime.sendMessage(request)) as Reply<T> | undefined;
  return reply ?? { ok: false, code: 'no-answer', error: 'Rebound did not answer. Please try again.' };
}
