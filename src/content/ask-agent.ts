/**
 * The page scripts' one message: "load the agent into this frame". It does not import
 * src/shared/send.ts on purpose: that brings the browser polyfill (about 10 KB), and these scripts run
 * on every matched page. The global `browser` (Firefox) or `chrome` does the one call needed.
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
