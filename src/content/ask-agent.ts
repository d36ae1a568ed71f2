/**
 * The content script's one message: "load the agent into this frame". It does not import
 * src/shared/send.ts on purpose: that module is shared with the popup, so the bundler would split it
 * into a chunk and wrap this script in a module loader whose imports are web-accessible only on the
 * manifest's hosts — which breaks the script registered for all sites (see background/all-sites.ts).
 * A self-contained script runs anywhere it is registered.
 */
import type { Reply, Request } from '../shared/messages';

type Runtime = { runtime: { sendMessage(message: Request): Promise<unknown> } };

export async function askForAgent(): Promise<boolean> {
  const g = globalThis as unknown as { browser?: Runtime; chrome?: Runtime };
  const api = g.browser ?? g.chrome;
  if (!api) return false;
  const reply = (await api.runtime.sendMessage({ type: 'agent/load' })) as Reply<'agent/load'> | undefined;
  return !!reply?.ok;
}
