/** Each site's reader against its own fixture page (the table is in extraction-fixtures.ts). */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectPage } from '../../../src/core/extract';
import { EXTRACTION_FIXTURES } from './extraction-fixtures';

const ROOT = path.resolve('test/fixtures/sites');

describe('each site reads its own fixture page', () => {
  for (const { file, url, page, job } of EXTRACTION_FIXTURES) {
    it(`${job.board}: ${file}`, () => {
      const doc = new DOMParser().parseFromString(fs.readFileSync(path.join(ROOT, file), 'utf8'), 'text/html');
      const detected = detectPage(doc, url, { getComputedStyle: (el) => getComputedStyle(el) });
      expect(detected.page).toBe(page);
      expect(detected.job).toMatchObject(job);
    });
  }
});
