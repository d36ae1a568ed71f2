/**
 * The page agent, injected by the background (scripting.executeScript) only into frames that need it.
 * It defines its API once per document: a second injection finds it and does nothing.
 */
import type { AgentApi } from '../shared/agent-api';
import { send } from '../shared/send';
import { showToast } from './toast';
import { agentStatus, detectHere, watch } from './watch';

const scope = globalThis as typeof globalThis & { __reboundAgent?: AgentApi };

if (!scope.__reboundAgent) {
  const api: AgentApi = {
    detect: detectHere,
    watch,
    toast: (request) => showToast(request, { send }),
    status: agentStatus,
  };
  Object.defineProperty(scope, '__reboundAgent', { value: Object.freeze(api), configurable: false, writable: false });
}
