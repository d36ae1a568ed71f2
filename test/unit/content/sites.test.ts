import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addressPattern, isJobAddress, siteForHost, SITES, type SiteUrls } from '../../../src/content/sites';
import { SITE_URLS } from './site-urls';
import { SITES as EXTRACT_SITES } from '../../../src/core/extract/sites';
import { boardContentScripts, boardEntrySource, matchesPattern } from '../../../scripts/lib/board-scripts';
import manifest from '../../../manifest.json' with { type: 'json' };


function loads(raw: string): boolean {
  const url = new URL(raw);
  const site = siteForHost(url.hostname);
  return !!site && isJobAddress(site, url.pathname + url.search);
}

const SITE_DIR = path.resolve('src/content/sites');
const FIXTURE_DIR = path.resolve('test/fixtures/sites');

describe('content-script site tables', () => {
  for (const site of SITES) {
    const examples = SITE_URLS[site.id];
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
      it('declares its page script for every address it must load on', () => {
        for (const url of examples?.must ?? []) {
          expect(site.matches.some((pattern) => matchesPattern(pattern, url)), url).toBe(true);
        }
      });
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

  it('registers every site file', () => {
    const files = fs
      .readdirSync(SITE_DIR)
      .filter((f) => f.endsWith('.ts') && !['index.ts', 'types.ts', 'address.ts'].includes(f))
      .map((f) => f.replace(/\.ts$/, ''));
    expect(SITES.map((s) => s.id).sort()).toEqual(files.sort());
    expect(Object.keys(SITE_URLS).sort()).toEqual(files.sort());
  });

  it('gives each host to one site only', () => {
    for (const [id, { must }] of Object.entries(SITE_URLS)) {
      for (const url of must) {
        const owners = SITES.filter((s) => s.hosts.test(new URL(url).hostname));
        expect(owners.map((s) => s.id)).toEqual([id]);
      }
    }
  });

  it('refuses to join patterns whose flags differ or that remember where they stopped', () => {
    const site = (jobPage: RegExp[]): SiteUrls => ({ id: 'x', matches: [], hosts: /x/, jobPage });
    expect(() => addressPattern(site([/^\/a/, /^\/b/i]))).toThrow(/flags/);
    expect(() => addressPattern(site([/^\/a/g]))).toThrow(/global/);
    expect(addressPattern(site([/^\/a/i, /^\/b/i])).test('/B')).toBe(true);
  });

  it('ignores unknown hosts', () => {
    expect(siteForHost('careers.example-company.com')).toBeUndefined();
    expect(siteForHost('notlinkedin.com')).toBeUndefined();
    expect(siteForHost('greenhouse.io.evil.example')).toBeUndefined();
  });

  it('declares one page script per site, for that site\'s hosts only', () => {
    const entries = boardContentScripts(SITES);
    expect(entries.map((e) => e.js)).toEqual(SITES.map((site) => [`page/${site.id}.js`]));
    expect(entries.map((e) => e.matches)).toEqual(SITES.map((site) => site.matches));
    // The manifest's host permissions are exactly the hosts the page scripts run on.
    expect([...manifest.host_permissions].sort()).toEqual(SITES.flatMap((site) => site.matches).sort());
  });

  it('names only sites the extractor knows, so the agent reads each with its own rules', () => {
    const extractIds = new Set(EXTRACT_SITES.map((s) => s.id));
    expect(SITES.map((s) => s.id).filter((id) => !extractIds.has(id))).toEqual([]);
  });
});
