/**
 * Every folder in src/sites is a whole site (in the spirit of refined-github's features test): its
 * three files, example addresses both ways beside its patterns, a fixture page its reader is checked
 * against (extraction-fixtures.ts), and a fixture page whose real submit button, openers and steps are
 * marked for its submit rule (submit-rules.test.ts; Glassdoor has only its opener: its Easy Apply is
 * Indeed's flow). A folder missing any of them fails here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../../src/sites/all-examples';
import { SITE_URLS } from '../../../src/sites/all-urls';
import type { SiteUrls, UrlExamples } from '../../../src/sites/site-urls';
import { markedSubmitPages, siteFixtureUrl } from '../../support/site-fixtures';
import { EXTRACTION_FIXTURES, type ExtractionFixture } from './extraction-fixtures';

const SITES_DIR = path.resolve('src/sites');

interface Sources {
  files: (id: string) => string[];
  urls: (id: string) => SiteUrls | undefined;
  examples: (id: string) => UrlExamples | undefined;
  extraction: readonly ExtractionFixture[];
  /** Host folders under test/fixtures/sites holding a page whose controls are marked for the submit rule. */
  submitHosts: readonly string[];
}

/** What a site folder lacks, in words a newcomer can act on ([] when complete). */
function missingParts(id: string, sources: Sources): string[] {
  const missing: string[] = [];
  const files = sources.files(id);
  for (const file of ['urls.ts', 'extract.ts', 'submit.ts']) {
    if (!files.includes(file)) missing.push(`src/sites/${id}/${file}`);
  }
  const examples = sources.examples(id);
  if (!examples?.must.length) missing.push('examples.must (addresses the agent must load on)');
  if (!examples?.mustNot.length) missing.push('examples.mustNot (addresses it must stay quiet on)');
  const hosts = sources.urls(id)?.hosts;
  const ownHost = (host: string) => !!hosts && hosts.test(host);
  if (!sources.extraction.some((f) => f.job.board === id && ownHost(new URL(f.url).hostname))) {
    missing.push('an extraction fixture (test/unit/sites/extraction-fixtures.ts)');
  }
  if (!sources.submitHosts.some(ownHost)) {
    missing.push('a submit-rule fixture (a page under test/fixtures/sites/<its host>/ with its controls marked data-test-role)');
  }
  return missing;
}

const project: Sources = {
  files: (id) => (fs.existsSync(path.join(SITES_DIR, id)) ? fs.readdirSync(path.join(SITES_DIR, id)) : []),
  urls: (id) => SITE_URLS.find((site) => site.id === id),
  examples: (id) => EXAMPLES[id],
  extraction: EXTRACTION_FIXTURES,
  submitHosts: [
    ...new Set(
      markedSubmitPages().map((file) => new URL(siteFixtureUrl(file)).hostname),
    ),
  ],
};

const folders = fs
  .readdirSync(SITES_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

describe('every site folder is complete', () => {
  it('finds the site folders', () => expect(folders.length).toBeGreaterThanOrEqual(17));
  for (const id of folders) {
    it(id, () => expect(missingParts(id, project)).toEqual([]));
  }

  it('names every part a new, empty folder still lacks', () => {
    const empty = missingParts('newboard', { ...project, files: () => [] });
    expect(empty).toHaveLength(7);
    const withoutFixtures = missingParts('lever', { ...project, extraction: [], submitHosts: [] });
    expect(withoutFixtures).toEqual([
      'an extraction fixture (test/unit/sites/extraction-fixtures.ts)',
      'a submit-rule fixture (a page under test/fixtures/sites/<its host>/ with its controls marked data-test-role)',
    ]);
    const oneSided = missingParts('lever', { ...project, examples: () => ({ must: ['https://jobs.lever.co/a/b'], mustNot: [] }) });
    expect(oneSided).toEqual(['examples.mustNot (addresses it must stay quiet on)']);
  });
});
