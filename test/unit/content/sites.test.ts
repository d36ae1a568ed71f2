import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isJobAddress, siteForHost, SITES } from '../../../src/content/sites';
import { SITE_URLS } from './site-urls';

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
      it('has fixture pages under one of its real hostnames', () => {
        const hosts = fs.readdirSync(FIXTURE_DIR).filter((host) => site.hosts.test(host));
        expect(hosts.length, `no test/fixtures/sites/<host> for ${site.id}`).toBeGreaterThan(0);
      });
    });
  }

  it('registers every site file', () => {
    const files = fs
      .readdirSync(SITE_DIR)
      .filter((f) => f.endsWith('.ts') && !['index.ts', 'types.ts'].includes(f))
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

  it('ignores unknown hosts', () => {
    expect(siteForHost('careers.example-company.com')).toBeUndefined();
    expect(siteForHost('notlinkedin.com')).toBeUndefined();
    expect(siteForHost('greenhouse.io.evil.example')).toBeUndefined();
  });
});
