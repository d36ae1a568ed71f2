import { describe, expect, it } from 'vitest';
import { domJob } from '../../../src/core/extract/dom';
import { companyFromProse } from '../../../src/core/extract/prose';
import { parseTitle } from '../../../src/core/extract/title-parse';
import { fixture, html } from './load';

describe('page title shapes', () => {
  it.each([
    ['Data Analyst at Widget Co', '', '', 'Data Analyst', 'Widget Co'],
    ['Job Application for Software Engineer II at Alma', '', '', 'Software Engineer II', 'Alma'],
    ['Senior Engineer - Contoso | LinkedIn', 'www.linkedin.com', '', 'Senior Engineer', 'Contoso'],
    ['Fabrikam - Principal Designer', 'jobs.lever.co', 'Principal Designer', 'Principal Designer', 'Fabrikam'],
    ['Product Lead @ Ramp', 'jobs.ashbyhq.com', '', 'Product Lead', 'Ramp'],
    ['(20) Staff Engineer | Taxdoo | LinkedIn', 'www.linkedin.com', '', 'Staff Engineer', 'Taxdoo'],
  ])('%s', (title, host, heading, expectedTitle, expectedCompany) => {
    expect(parseTitle(title, host, heading)).toEqual({ title: expectedTitle, company: expectedCompany });
  });
});

describe('DOM fallbacks', () => {
  it('reads heading, title company and labelled fields from plain HTML', () => {
    const job = domJob(fixture('plain-title-at.html'), new URL('https://widget.example/jobs/data-analyst'));
    expect(job).toMatchObject({
      title: 'Data Analyst',
      company: 'Widget Co',
      location: 'Denver, CO (Hybrid)',
      employmentType: 'Full-time',
      workMode: 'hybrid',
    });
  });

  it('reads a value in the block after a heading label', () => {
    const doc = html('<h1>Chef</h1><div><h2>Location</h2><p>Lyon, France</p></div><div><h2>Employment Type</h2><p>Full time</p></div>');
    expect(domJob(doc, new URL('https://x.example/'))).toMatchObject({ location: 'Lyon, France', employmentType: 'Full time' });
  });

  it('names the employer from an opening sentence only when it looks like a name', () => {
    expect(companyFromProse('ABC Company Inc. seeks a full-time engineer.')).toBe('ABC Company Inc.');
    expect(companyFromProse('Contoso is looking for a designer.')).toBe('Contoso');
    expect(companyFromProse('We are looking for a designer.')).toBe('');
    expect(companyFromProse('Our team is hiring.')).toBe('');
  });
});
