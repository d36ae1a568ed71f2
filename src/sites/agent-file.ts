/**
 * Which page agent a frame gets, by its address alone. Each site's agent (agent-<site>.js) carries the
 * generic detection and that one site's reader and submit rule; the generic agent (agent.js) carries
 * no board's reader, only those that recognise their pages away from their own hosts (an employer page
 * with ?gh_jid=, a Teamtailor career site on its own domain): it is what every other page gets. Built by
 * scripts/build-page-scripts.ts (the list of files: scripts/lib/agent-builds.ts); chosen here, so the
 * build and the background can never disagree on a name.
 */
import { siteForHost } from './site-for-host';

export const GENERIC_AGENT = 'agent.js';

export function siteAgentFile(siteId: string): string {
  return `agent-${siteId}.js`;
}

/** The agent for the frame at `href`: its site's when the host is a known site's, else the generic one. */
export function agentFileFor(href: string | undefined): string {
  let host = '';
  try {
    host = new URL(href ?? '').hostname;
  } catch {
    // about:blank, a data: frame, no address at all: no site's page.
  }
  const site = host ? siteForHost(host) : undefined;
  return site ? siteAgentFile(site.id) : GENERIC_AGENT;
}
