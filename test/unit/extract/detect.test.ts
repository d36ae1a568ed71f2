import { describe, expect, it } from 'vitest';
import { detectPage, extractJob } from '../../../src/core/extract/index';
import { fixture, html } from './load';

describe('detectPage', () => {
  it('returns a full draft for a structured posting', () => {
    const { page, job } = detectPage(fixture('jsonld-graph.html'), 'https://northwind.example/jobs/42');
    expect(page).toBe('posting');
    expect(job).toMatchObject({ title: 'Staff Data Engineer', company: 'Northwind Traders', board: 'web', jobId: '', url: 'https://northwind.example/jobs/42' });
  });

  it('returns no job for a listing or an article', () => {
    expect(detectPage(fixture('listing-careers.html'), 'https://tailspin.example/careers').job).toBeNull();
    expect(detectPage(fixture('article-hiring.html'), 'https://news.example/a').job).toBeNull();
  });

  it('uses the selected job URL and id on a LinkedIn search view, not its JSON-LD', () => {
    const doc = html(`<script type="application/ld+json">{"@type":"JobPosting","title":"Other job","hiringOrganization":"Wrong"}</script>
      <div class="job-details-jobs-unified-top-card__job-title"><h1>Chosen Job</h1></div>
      <div class="job-details-jobs-unified-top-card__company-name">Right Co</div>`);
    const { page, job } = detectPage(doc, 'https://www.linkedin.com/jobs/search/?currentJobId=4221167533&keywords=x');
    expect(page).toBe('posting');
    expect(job).toMatchObject({ title: 'Chosen Job', company: 'Right Co', board: 'linkedin', jobId: '4221167533', url: 'https://www.linkedin.com/jobs/view/4221167533/' });
  });

  it('gives a posting and its application page the same board and job id', () => {
    const posting = extractJob(html('<h1>Chef</h1>'), 'https://jobs.lever.co/acme/3F2B8C1E-1111-4a5b-9c0d-222233334444');
    const apply = extractJob(html('<h1>Chef</h1>'), 'https://jobs.lever.co/acme/3f2b8c1e-1111-4a5b-9c0d-222233334444/apply');
    expect([posting.board, posting.jobId]).toEqual(['lever', '3f2b8c1e-1111-4a5b-9c0d-222233334444']);
    expect(apply.jobId).toBe(posting.jobId);
  });

  it('strips board suffixes and clips long fields', () => {
    const doc = html(`<title>Night Porter | LinkedIn</title><p>${'word '.repeat(30_000)}</p>`);
    const job = extractJob(doc, 'https://hotel.example/');
    expect(job.title).toBe('Night Porter');
    expect(job.description.length).toBeLessThanOrEqual(100_001);
    const long = extractJob(html(`<title>${'T'.repeat(900)}</title>`), 'https://x.example/');
    expect(long.title.length).toBeLessThanOrEqual(501);
  });

  it('always returns a draft for the manual save button', () => {
    const job = extractJob(html('<p>Nothing here</p>'), 'https://example.com/about');
    expect(job).toMatchObject({ title: 'example.com', board: 'web', url: 'https://example.com/about', workMode: null });
  });
});
