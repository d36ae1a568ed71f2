import { describe, expect, it, vi } from 'vitest';
import { detectPage, extractJob } from '../../../src/core/extract/index';
import { jsonLdJobs } from '../../../src/core/extract/jsonld';
import { fixture, html } from './load';

function page(jsonLd: string, title = 'Fallback page title'): Document {
  const doc = html(`<!doctype html><html><head><title>${title}</title></head><body><h1>Visible heading</h1></body></html>`);
  const script = doc.createElement('script');
  script.setAttribute('type', 'application/ld+json');
  script.textContent = jsonLd;
  doc.head.appendChild(script);
  return doc;
}

describe('hostile pages', () => {
  it('keeps markup in JSON-LD strings as plain text, never as tags', () => {
    const job = extractJob(fixture('hostile-markup.html'), 'https://evil.example/jobs/1');
    expect(job.title).toBe('Engineer');
    expect(job.company).toBe('Evil Corp');
    expect(job.description).toBe('Hello world');
    for (const value of [job.title, job.company, job.description]) expect(value).not.toMatch(/[<>]|onerror|alert/);
  });

  it('keeps markup written in the page title as plain text', () => {
    const doc = html('<title>Cook &lt;img src=x onerror=alert(1)&gt;</title>');
    expect(extractJob(doc, 'https://x.example/').title).toBe('Cook');
  });

  it('skips a 5 MB JSON-LD script without parsing it and falls back to the DOM', () => {
    const huge = JSON.stringify({ '@type': 'JobPosting', title: 'Huge', description: 'x'.repeat(5_000_000) });
    const doc = page(huge);
    // Skipped means never handed to the parser: its cost is the bench's to measure, not a timer's here.
    const parse = vi.spyOn(JSON, 'parse');
    try {
      expect(jsonLdJobs(doc)).toEqual([]);
      expect(extractJob(doc, 'https://x.example/jobs/2').title).toBe('Visible heading');
      expect(parse.mock.calls.filter(([text]) => String(text).length > 1_000_000)).toEqual([]);
    } finally {
      parse.mockRestore();
    }
  });

  it('survives JSON nested 10,000 levels deep', () => {
    const deep = `${'{"a":'.repeat(10_000)}{"@type":"JobPosting","title":"Deep"}${'}'.repeat(10_000)}`;
    const doc = page(`[{"@type":"JobPosting","title":"Shallow"}, ${deep}]`);
    const jobs = jsonLdJobs(doc);
    // The shallow posting is read; the one past the depth limit is not walked into.
    expect(jobs.map((j) => j.title)).toEqual(['Shallow']);
  });

  it('keeps the other postings when one has a cyclic @id graph or a very deep name', () => {
    const cyclic = { '@id': '#a', '@type': 'JobPosting', title: { '@id': '#b' }, hiringOrganization: { '@id': '#a' } };
    const loop = { '@id': '#b', name: { '@id': '#a' }, sameAs: 'x' };
    const deepName = `{"@type":"JobPosting","title":${'{"name":'.repeat(200_000)}"Deep"${'}'.repeat(200_000)}}`;
    const doc = page(`{"@graph":[${JSON.stringify(cyclic)},${JSON.stringify(loop)},${deepName},{"@type":"JobPosting","title":"Plain","hiringOrganization":"Acme"}]}`);
    expect(jsonLdJobs(doc).find((j) => j.title === 'Plain')).toMatchObject({ company: 'Acme' });
  });

  it('parses at most a few megabytes of JSON-LD per page, and still reads the first postings', () => {
    const doc = page(JSON.stringify({ '@type': 'JobPosting', title: 'First' }));
    for (let i = 0; i < 4; i++) {
      const script = doc.createElement('script');
      script.setAttribute('type', 'application/ld+json');
      script.textContent = JSON.stringify({ '@type': 'JobPosting', title: `Big ${i}`, description: 'x'.repeat(1_500_000) });
      doc.head.appendChild(script);
    }
    expect(jsonLdJobs(doc).map((j) => j.title)).toEqual(['First', 'Big 0', 'Big 1']);
  });

  it('never throws on a document with nothing in it', () => {
    const doc = html('');
    expect(() => detectPage(doc, 'not a url')).not.toThrow();
    const job = extractJob(doc, 'https://blank.example/');
    expect(job.title).toBe('blank.example');
    expect(job.url).toBe('https://blank.example/');
  });
});
