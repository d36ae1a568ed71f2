/**
 * Which agent a frame gets, by its address (src/sites/agent-file.ts): a known site's host gets that
 * site's agent, any other address the generic one, and every file chosen is one the build makes.
 */
import { describe, expect, it } from 'vitest';
import { agentBuilds } from '../../../scripts/lib/agent-builds';
import { EXAMPLES } from '../../../src/sites/all-examples';
import { SITE_URLS } from '../../../src/sites/all-urls';
import { agentFileFor, GENERIC_AGENT, siteAgentFile } from '../../../src/sites/agent-file';

const built = new Set(agentBuilds().map((build) => build.file));

describe('the agent a frame gets', () => {
  for (const site of SITE_URLS) {
    it(`${site.id}: every job address on its hosts gets agent-${site.id}.js, a file the build makes`, () => {
      const addresses = EXAMPLES[site.id]?.must ?? [];
      expect(addresses.length).toBeGreaterThan(0);
      for (const address of addresses) expect(agentFileFor(address), address).toBe(siteAgentFile(site.id));
      expect(built.has(siteAgentFile(site.id))).toBe(true);
    });
  }

  it("a board's other hosts: Indeed's apply steps on smartapply and its country sites", () => {
    expect(agentFileFor('https://smartapply.indeed.com/beta/indeedapply/form/review')).toBe('agent-indeed.js');
    expect(agentFileFor('https://uk.indeed.co.uk/viewjob?jk=1')).toBe('agent-indeed.js');
  });

  it('any other page, or no address at all, gets the generic agent (which the build makes)', () => {
    expect(built.has(GENERIC_AGENT)).toBe(true);
    for (const address of [
      'https://careers.example.com/jobs/123',
      // An employer page carrying a Greenhouse job id: the generic agent carries Greenhouse's off-host reader.
      'https://www.example.com/careers?gh_jid=4012345',
      // Look-alike hosts are not the board's.
      'https://boards.greenhouse.io.example.com/acme/jobs/1',
      'https://notlinkedin.com/jobs/view/1',
      'about:blank',
      'not an address',
      undefined,
    ]) {
      expect(agentFileFor(address), String(address)).toBe(GENERIC_AGENT);
    }
  });
});
