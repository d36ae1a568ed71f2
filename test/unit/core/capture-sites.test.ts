import { describe, expect, it } from 'vitest';
import { CAPTURE_SITE_IDS } from '../../../src/core/capture-sites';
import { SITES as CONTENT_SITES } from '../../../src/content/sites';
import { SITES as EXTRACT_SITES } from '../../../src/core/extract/sites';

describe('the list of sites that capture automatically', () => {
  it('is exactly the sites the content script knows', () => {
    expect([...CAPTURE_SITE_IDS].sort()).toEqual(CONTENT_SITES.map((s) => s.id).sort());
  });

  it('names sites the extractor knows too, so the background can tell which site a page is on', () => {
    const extractIds = new Set(EXTRACT_SITES.map((s) => s.id));
    expect(CAPTURE_SITE_IDS.filter((id) => !extractIds.has(id))).toEqual([]);
  });
});
