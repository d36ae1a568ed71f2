// @vitest-environment node
/**
 * One page agent per site, carrying that site's reader alone (scripts/lib/agent-builds.ts): what the
 * build writes for each agent, and two agents really built as `npm run build` builds them, run in an
 * empty context to see what they carry.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { agentBuilds, agentRegistry, type AgentBuild } from '../../../scripts/lib/agent-builds';
import { buildAgent } from '../../../scripts/lib/page-script-build';
import { SITE_READERS } from '../../../src/sites/all-readers';
import { SITE_URLS } from '../../../src/sites/all-urls';
import { GENERIC_AGENT, siteAgentFile } from '../../../src/sites/agent-file';

const builds = agentBuilds();
const byFile = (file: string) => builds.find((build) => build.file === file)!;

/** The site folders the registry modules of an agent import from. */
function foldersImported(build: AgentBuild): Set<string> {
  const code = [...agentRegistry(build).values()].join('\n');
  return new Set([...code.matchAll(/from '\.\/([^/']+)\//g)].map((m) => m[1]!));
}

/** Site ids written in built code (each site's urls and reader name their id). */
function siteIdsIn(code: string): Set<string> {
  const ids = new Set(SITE_URLS.map((site) => site.id));
  return new Set([...code.matchAll(/\bid:\s*[`"']([a-z0-9-]+)[`"']/g)].map((m) => m[1]!).filter((id) => ids.has(id)));
}

/** Run built agents one after the other in one fresh context (one document), and read its agent. */
function installed(...codes: string[]): { sites: string[] } {
  const context = vm.createContext({});
  for (const code of codes) vm.runInContext(code, context);
  return vm.runInContext('({ sites: [...globalThis.__reboundAgent.sites] })', context) as { sites: string[] };
}

describe('the agents the build makes', () => {
  it('one per site, and the generic one', () => {
    expect(builds.map((build) => build.file).sort()).toEqual([GENERIC_AGENT, ...SITE_URLS.map((site) => siteAgentFile(site.id))].sort());
  });

  it("each site's agent is written with its own site's registry alone", () => {
    for (const site of SITE_URLS) {
      expect([...foldersImported(byFile(siteAgentFile(site.id)))], site.id).toEqual([site.id]);
    }
  });

  it('the generic agent carries no reader but those that recognise their pages away from their hosts', () => {
    const offHost = SITE_READERS.filter((reader) => reader.offHost).map((reader) => reader.id);
    expect(offHost.length).toBeGreaterThan(0);
    expect([...foldersImported(byFile(GENERIC_AGENT))].sort()).toEqual(offHost.sort());
    expect(offHost).not.toContain('linkedin');
  });
});

describe('built agents', () => {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-agents-'));
  const built = (file: string) => buildAgent(byFile(file), { outDir, write: false });

  it("a site's agent bundle carries that site's addresses and reader, and no other site's", async () => {
    const lever = await built(siteAgentFile('lever'));
    expect([...siteIdsIn(lever)]).toEqual(['lever']);
    expect(installed(lever).sites).toEqual(['lever']);
  }, 60_000);

  it("the generic agent bundle carries the off-host readers only; a second, different agent in the same document installs nothing", async () => {
    const [generic, greenhouse] = await Promise.all([built(GENERIC_AGENT), built(siteAgentFile('greenhouse'))]);
    const expected = byFile(GENERIC_AGENT).sites;
    expect([...siteIdsIn(generic)].sort()).toEqual([...expected].sort());
    expect(installed(generic).sites).toEqual(expected);
    // Whichever comes first stays: the API is defined once per document.
    expect(installed(greenhouse, generic).sites).toEqual(['greenhouse']);
    expect(installed(generic, greenhouse).sites).toEqual(expected);
  }, 60_000);
});
