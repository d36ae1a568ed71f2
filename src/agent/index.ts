/**
 * The page agent, injected by the background (scripting.executeScript) only into frames that need it.
 * It defines its API once per document: a second injection, of this file or of another site's agent
 * (they all share the name), finds it and does nothing. Built once per site (scripts/lib/agent-builds.ts),
 * each with the site registry (../sites/all-*.ts) written for its own sites only.
 */
import type { AgentApi } from '../shared/agent-api';
import { send } from '../shared/send';
import { SITE_READERS } from '../sites/all-readers';
import { showToast } from './toast';
import { agentStatus, detectHere, watch } from './watch';

const scope = globalThis as typeof globalThis & { __reboundAgent?: AgentApi };

if (!scope.__reboundAgent) {
  const api: AgentApi = {
    sites: Object.freeze(SITE_READERS.map((reader) => reader.id)),
    detect: detectHere,
    watch,
    toast: (request) => showToast(request, { send }),
    status: agentStatus,
  };
  Object.defineProperty(scope, '__reboundAgent', { value: Object.freeze(api), configurable: false, writable: false });
}
