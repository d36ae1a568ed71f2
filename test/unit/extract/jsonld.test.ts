import { describe, expect, it } from 'vitest';
import { jsonLdJobs, parseLenient } from '../../../src/core/extract/jsonld';
import { salaryText } from '../../../src/core/extract/schema';
import { fixture } from './load';

describe('JSON-LD JobPosting', () => {
  it('reads a @graph and resolves hiringOrganization by @id', () => {
    const [job] = jsonLdJobs(fixture('jsonld-graph.html'));
    expect(job).toMatchObject({
      title: 'Staff Data Engineer',
      company: 'Northwind Traders',
      location: 'Lisbon, Portugal; Porto, Portugal',
      employmentType: 'Full-time, Contract',
      salary: 'EUR 70,000–90,000 / year',
      identifier: 'NW-42',
    });
  });

  it('turns escaped HTML descriptions into plain text', () => {
    const [job] = jsonLdJobs(fixture('jsonld-graph.html'));
    expect(job?.description).toBe('Build pipelines & tools.\nPython');
  });

  it('reads a top-level array, name instead of title, a string employer, and TELECOMMUTE', () => {
    const jobs = jsonLdJobs(fixture('jsonld-array-remote.html'));
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({
      title: 'Support Specialist',
      company: 'Fabrikam',
      workMode: 'remote',
      location: 'Remote, Canada, USA',
      employmentType: 'Part-time',
      salary: 'USD 25 / hour',
      description: 'Help customers.',
    });
  });

  it('formats a bare number salary with salaryCurrency', () => {
    const [job] = jsonLdJobs(fixture('jsonld-salary-bare.html'));
    expect(job?.salary).toBe('GBP 42,000');
    expect(job?.location).toBe('Leeds, West Yorkshire, GB');
  });

  it('formats the salary shapes pages use', () => {
    expect(salaryText({ currency: 'USD', value: { minValue: 120000, maxValue: 175000, unitText: 'YEAR' } }, '')).toBe('USD 120,000–175,000 / year');
    expect(salaryText({ currency: 'USD', value: 50, unitText: 'HOUR' }, '')).toBe('USD 50 / hour');
    expect(salaryText('100000', 'USD')).toBe('USD 100,000');
    expect(salaryText(undefined, 'USD')).toBe('');
  });

  it('repairs trailing commas and raw new lines inside strings', () => {
    const [job] = jsonLdJobs(fixture('jsonld-malformed.html'));
    expect(job).toMatchObject({ title: 'Night Nurse', company: 'Mercy Hospital', location: 'Austin, TX' });
  });

  it('skips JSON it cannot repair', () => {
    expect(parseLenient('{ "a": 1 "b": }')).toBeUndefined();
    expect(jsonLdJobs(fixture('jsonld-broken.html'))).toEqual([]);
  });
});
