import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../../src/sites/all-examples';
import { SITE_READERS } from '../../../src/sites/all-readers';
import { SUBMIT_RULES } from '../../../src/sites/all-submit-rules';
import { SITE_URLS as SITES } from '../../../src/sites/all-urls';
import { addressPattern, isJobAddress } from '../../../src/sites/address';
import { siteForHost } from '../../../src/sites/site-for-host';
import {
  boardContentScripts,
  boardEntrySource,
  boardHosts,
  hostPermissions,
  matchesPattern,
  wholeHost,
} from '../../../src/sites/manifest-entries';
import type { SiteUrls } from '../../../src/sites/site-urls';
import manifest from '../../../manifest.json' with { type: 'json' };


function loads(raw: string): boolean {
  const url = new URL(raw);
  const site = siteForHost(url.hostname);
  return !!site && isJobAddress(site, url.pathname + url.search);
}

const SITE_DIR = path.resolve('src/sites');
const FIXTURE_DIR = path.resolve('test/fixtures/sites');

describe('content-script site tables', () => {
  for (const site of SITES) {
    const examples = EXAMPLES[site.id];
    describe(site.id, () => {
      it('has examples on both sides', () => {
        expect(examples?.must.length).toBeGreaterThan(0);
        expect(examples?.mustNot.length).toBeGreaterThan(0);
      });
      for (const url of examples?.must ?? []) {
        it(`loads on ${url}`, () => {
          expect(siteForHost(new URL(url).hostname)?.id).toBe(site.id);
          expect(loads(url)).toBe(true);
        });
      }
      for (const url of examples?.mustNot ?? []) {
        it(`stays quiet on ${url}`, () => expect(loads(url)).toBe(false));
      }
      if (site.navigation === 'page-loads') {
        it('runs no script at all on the addresses it must stay quiet on', () => {
          for (const url of examples?.mustNot ?? []) {
            expect(site.matches.some((pattern) => matchesPattern(pattern, url)), url).toBe(false);
          }
        });
      } else if (site.matches.length > 0) {
        it('runs its script on a whole host or a whole section of it, where in-page navigation reaches jobs', () => {
          // A job is reached from the site's other pages without a page load: the script must be there already.
          for (const pattern of site.matches) expect(pattern).toMatch(/^https:\/\/[^/]+\/([^*]*\/)?\*$/);
        });
      }
      // A site with no page script (SEEK) loads only through the all-sites opt-in.
      if (site.matches.length > 0) {
        it('declares its page script for every address it must load on', () => {
          for (const url of examples?.must ?? []) {
            expect(site.matches.some((pattern) => matchesPattern(pattern, url)), url).toBe(true);
          }
        });
      }
      it('joins its addresses into one pattern that decides as the separate ones do', () => {
        const separate = [...site.jobPage, ...(site.confirmation ?? [])];
        for (const raw of [...(examples?.must ?? []), ...(examples?.mustNot ?? [])]) {
          const url = new URL(raw);
          const pathAndQuery = url.pathname + url.search;
          expect(addressPattern(site).test(pathAndQuery), raw).toBe(separate.some((re) => re.test(pathAndQuery)));
        }
      });
      it('writes that pattern into its page script as a literal that reads back the same', () => {
        const literal = /address: (\/.*\/[a-z]*), poll/.exec(boardEntrySource(site, (file) => file))?.[1];
        const parsed = new Function(`return ${literal}`)() as RegExp;
        expect([parsed.source, parsed.flags]).toEqual([addressPattern(site).source, addressPattern(site).flags]);
      });
      it('has fixture pages under one of its real hostnames', () => {
        const hosts = fs.readdirSync(FIXTURE_DIR).filter((host) => site.hosts.test(host));
        expect(hosts.length, `no test/fixtures/sites/<host> for ${site.id}`).toBeGreaterThan(0);
      });
    });
  }

  it('registers every site folder, each under its own id', () => {
    const folders = fs.readdirSync(SITE_DIR, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
    const stale = 'src/sites/all-*.ts are stale: run `npm run sites`';
    expect(SITES.map((s) => s.id), stale).toEqual(folders);
    expect(SITE_READERS.map((s) => s.id), stale).toEqual(folders);
    expect(SUBMIT_RULES.map((s) => s.id), stale).toEqual(folders);
    expect(Object.keys(EXAMPLES).sort(), stale).toEqual(folders);
  });

  it('gives each host to one site only', () => {
    for (const [id, { must }] of Object.entries(EXAMPLES)) {
      for (const url of must) {
        const owners = SITES.filter((s) => s.hosts.test(new URL(url).hostname));
        expect(owners.map((s) => s.id)).toEqual([id]);
      }
    }
  });

  it('refuses to join patterns whose flags differ or that remember where they stopped', () => {
    const site = (jobPage: RegExp[]): SiteUrls => ({ id: 'x', navigation: 'in-page', matches: [], hosts: /x/, jobPage });
    expect(() => addressPattern(site([/^\/a/, /^\/b/i]))).toThrow(/flags/);
    expect(() => addressPattern(site([/^\/a/g]))).toThrow(/global/);
    expect(addressPattern(site([/^\/a/i, /^\/b/i])).test('/B')).toBe(true);
  });

  it('ignores unknown hosts', () => {
    expect(siteForHost('careers.example-company.com')).toBeUndefined();
    expect(siteForHost('notlinkedin.com')).toBeUndefined();
    expect(siteForHost('greenhouse.io.evil.example')).toBeUndefined();
  });

  it('declares one page script per site that has match patterns, for that site\'s addresses only', () => {
    const boards = SITES.filter((site) => site.matches.length > 0);
    const entries = boardContentScripts(SITES);
    expect(entries.map((e) => e.js)).toEqual(boards.map((site) => [`page/${site.id}.js`]));
    expect(entries.map((e) => e.matches)).toEqual(boards.map((site) => site.matches));
  });

  it('keeps the all-sites script off every board host, job pages or not', () => {
    expect(boardHosts(SITES)).toContain('https://jobs.lever.co/*');
    expect(boardHosts(SITES)).toContain('https://*.icims.com/*');
    for (const site of SITES.filter((s) => s.matches.length > 0)) {
      for (const url of [...(EXAMPLES[site.id]?.must ?? []), ...(EXAMPLES[site.id]?.mustNot ?? [])]) {
        const onBoardHost = site.matches.some((p) => matchesPattern(wholeHost(p), url));
        if (onBoardHost) expect(boardHosts(SITES).some((p) => matchesPattern(p, url)), url).toBe(true);
      }
    }
  });

  it('asks for host permissions exactly where page scripts run, and writes none by hand', () => {
    expect(hostPermissions(SITES).sort()).toEqual(boardContentScripts(SITES).flatMap((e) => e.matches).sort());
    expect(new Set(hostPermissions(SITES)).size).toBe(hostPermissions(SITES).length);
    expect(manifest).not.toHaveProperty('host_permissions');
  });
});
