import { describe, expect, it } from 'vitest';
import { microdataJobs } from '../../../src/core/extract/microdata';
import { rdfaJobs } from '../../../src/core/extract/rdfa';
import { fixture } from './load';

describe('microdata and RDFa', () => {
  it('reads nested microdata items', () => {
    expect(microdataJobs(fixture('microdata.html'))).toEqual([
      expect.objectContaining({
        title: 'Bicycle Mechanic',
        company: 'Spoke & Chain',
        location: 'Utrecht, NL',
        employmentType: 'Part-time',
        salary: 'EUR 2,400',
        description: 'Fix bikes.',
      }),
    ]);
  });

  it('reads RDFa Lite', () => {
    expect(rdfaJobs(fixture('rdfa.html'))).toEqual([
      expect.objectContaining({ title: 'Museum Guide', company: 'City Museum', location: 'Ghent, Belgium', employmentType: 'Seasonal' }),
    ]);
  });

  it('finds nothing on a page without items', () => {
    expect(microdataJobs(fixture('plain-title-at.html'))).toEqual([]);
    expect(rdfaJobs(fixture('plain-title-at.html'))).toEqual([]);
  });
});
