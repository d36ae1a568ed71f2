/**
 * The page agents the build makes (scripts/build-page-scripts.ts), derived from the site registry so
 * adding a site folder adds its agent: one per site, carrying that site alone, and the generic one
 * (src/sites/agent-file.ts says which frame gets which). Each is the same entry (src/agent/index.ts)
 * built with the registry modules (src/sites/all-urls.ts, all-readers.ts, all-submit-rules.ts) written
 * for its own sites only, by the generator `npm run sites` uses for the full registry.
 */
import path from 'node:path';
import { SITE_READERS } from '../../src/sites/all-readers';
import { SITE_URLS } from '../../src/sites/all-urls';
import { GENERIC_AGENT, siteAgentFile } from '../../src/sites/agent-file';
import { siteRegistryFiles } from './site-registry';

export interface AgentBuild {
  /** The file in dist/. */
  file: string;
  /** The sites whose addresses, reader and submit rule it carries. */
  sites: string[];
}

export function agentBuilds(): AgentBuild[] {
  // The generic agent meets the pages of these sites away from their hosts, where its address says nothing.
  const offHost = SITE_READERS.filter((reader) => reader.offHost).map((reader) => reader.id);
  return [{ file: GENERIC_AGENT, sites: offHost }, ...SITE_URLS.map((site) => ({ file: siteAgentFile(site.id), sites: [site.id] }))];
}

/** The registry modules the agent entry reaches, by absolute path, as `build` is built with them. */
export function agentRegistry(build: AgentBuild, sitesDir = path.resolve('src/sites')): Map<string, string> {
  const files = siteRegistryFiles(build.sites);
  // all-examples.ts (the test addresses) is not part of any agent.
  const used = ['all-urls.ts', 'all-readers.ts', 'all-submit-rules.ts'];
  return new Map(used.map((name) => [path.join(sitesDir, name), files[name]!]));
}
