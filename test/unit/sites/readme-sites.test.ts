/**
 * The README's "Sites it knows" names every site folder in src/sites and says how many there are, so
 * adding or removing a folder without telling people fails here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteLabel } from '../../../src/core/site-labels';

const README = fs.readFileSync(path.resolve('README.md'), 'utf8');
const section = README.slice(README.indexOf('## Sites it knows'), README.indexOf('\n## ', README.indexOf('## Sites it knows') + 5));
const folders = fs
  .readdirSync(path.resolve('src/sites'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

describe('README: sites it knows', () => {
  it('says how many there are', () => {
    expect(section).toContain(`these ${folders.length} job boards and applicant-tracking systems`);
  });

  it('names every site folder', () => {
    const text = section.toLowerCase().replace(/\s+/g, ' ');
    const missing = folders.filter((id) => !text.includes(siteLabel(id).toLowerCase()));
    expect(missing).toEqual([]);
  });
});
