// @vitest-environment jsdom
// Other hosts are decided by structured data, read with XPath (document.evaluate): jsdom has it.
import { describe, expect, it } from 'vitest';
import { couldBeJobPage } from '../../../src/agent/job-page';

function doc(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><head></head><body>${html}</body></html>`, 'text/html');
}

describe('couldBeJobPage', () => {
  it('decides known hosts by address and other hosts by structured data', () => {
    const jsonLd = doc('<script type="application/ld+json">{"@type":"JobPosting"}</script>');
    const empty = doc('<p>hi</p>');
    expect(couldBeJobPage({ hostname: 'jobs.lever.co', pathAndQuery: '/acme', doc: jsonLd })).toBe(false);
    expect(couldBeJobPage({ hostname: 'jobs.lever.co', pathAndQuery: '/acme/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0', doc: empty })).toBe(true);
    expect(couldBeJobPage({ hostname: 'careers.example-company.com', pathAndQuery: '/jobs/1', doc: jsonLd })).toBe(true);
    expect(couldBeJobPage({ hostname: 'news.example.org', pathAndQuery: '/story', doc: empty })).toBe(false);
  });
});
