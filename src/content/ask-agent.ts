/**
 * The page scripts' one message: "load the agent into this frame", through the global `browser`
 * (Firefox) or `chrome`. Written out rather than through src/shared/send.ts, whose fallback reply and
 * error text every page would carry for nothing: these scripts run on every matched page, and a
 * missing API here only means "not now".
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
