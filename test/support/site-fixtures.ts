/**
 * The project's own pages for each job site, under test/fixtures/sites/<real host>/<path>.html, and
 * the address each stands for (the fixture server serves them at that address).
 */
import fs from 'node:fs';
import path from 'node:path';

export const SITE_FIXTURES_DIR = path.resolve('test/fixtures/sites');

/** Every fixture page, as absolute paths. */
export function siteFixturePages(dir = SITE_FIXTURES_DIR): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? siteFixturePages(full) : entry.name.endsWith('.html') ? [full] : [];
  });
}

/** The pages whose controls are marked (data-test-role) for the submit rules. */
export function markedSubmitPages(): string[] {
  return siteFixturePages().filter((file) => fs.readFileSync(file, 'utf8').includes('data-test-role='));
}

/** …/jobs.lever.co/acme/<id>/apply.html → https://jobs.lever.co/acme/<id>/apply (index.html → its folder). */
export function siteFixtureUrl(file: string): string {
  const rel = path.relative(SITE_FIXTURES_DIR, file).split(path.sep);
  const host = rel.shift()!;
  return `https://${host}/${rel.join('/').replace(/(\/index)?\.html$/, '')}`;
}
