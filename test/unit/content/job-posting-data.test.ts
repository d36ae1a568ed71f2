// @vitest-environment jsdom
// The structured-data test asks XPath (document.evaluate), which jsdom implements and happy-dom does not.
import { describe, expect, it } from 'vitest';
import { hasJobPostingData } from '../../../src/content/job-posting-data';

/** A page with `html` in its body. */
function doc(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><head></head><body>${html}</body></html>`, 'text/html');
}

describe('content gate', () => {
  it('finds JobPosting JSON-LD and microdata without parsing', () => {
    expect(hasJobPostingData(doc('<script type="application/ld+json">{"@type":"JobPosting","title":"x"}</script>'), '/jobs/1')).toBe(true);
    const microdata = doc('<div itemscope itemtype="https://schema.org/JobPosting"></div>');
    expect(hasJobPostingData(microdata, '/job/api-engineer/')).toBe(true);
    expect(hasJobPostingData(microdata, '/careers/designer')).toBe(true);
    // Searching the whole page is not done where the address does not look like a job…
    expect(hasJobPostingData(microdata, '/news/2026/11/story')).toBe(false);
    const inBody = new DOMParser().parseFromString(
      '<html><head></head><body><script type="application/ld+json">{"@type":"JobPosting"}</script></body></html>',
      'text/html',
    );
    expect(hasJobPostingData(inBody, '/news/2026/11/story')).toBe(false);
    expect(hasJobPostingData(inBody, '/careers/designer')).toBe(true);
    expect(hasJobPostingData(inBody, '/Karriere/Stellenangebote/4711')).toBe(true);
    expect(hasJobPostingData(inBody, '/OFFRES-EMPLOI?id=3')).toBe(true);
    // …but JSON-LD in <head> is found on any address.
    const inHead = new DOMParser().parseFromString(
      '<html><head><script type="application/ld+json">{"@type":"JobPosting"}</script></head><body></body></html>',
      'text/html',
    );
    expect(hasJobPostingData(inHead, '/p/12345')).toBe(true);
    expect(hasJobPostingData(doc('<script type="application/ld+json">{"@type":"Article"}</script>'), '/jobs/1')).toBe(false);
    expect(hasJobPostingData(doc('<p>JobPosting in plain text</p>'), '/jobs/1')).toBe(false);
  });

  it('compares the script type and the microdata type without case, and reads only JSON-LD scripts', () => {
    const upper = new DOMParser().parseFromString(
      '<html><head><script type="Application/LD+JSON">{"@type":"JobPosting"}</script></head></html>',
      'text/html',
    );
    expect(hasJobPostingData(upper, '/')).toBe(true);
    expect(hasJobPostingData(doc('<div itemscope itemtype="http://SCHEMA.org/jobposting"></div>'), '/jobs/7')).toBe(true);
    // A page script that merely names the type is not structured data.
    const plainScript = new DOMParser().parseFromString(
      '<html><head><script>window.t = "JobPosting"</script></head></html>',
      'text/html',
    );
    expect(hasJobPostingData(plainScript, '/jobs/1')).toBe(false);
  });
});
