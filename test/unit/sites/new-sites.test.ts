/**
 * The sites added in issue 14 (small-business ATSs and boards): which address is which kind of page,
 * and that a posting and its application form give the same job id, so they dedupe.
 */
import { describe, expect, it } from 'vitest';
import { siteFor } from '../../../src/sites/find';
import { html } from '../extract/load';

/** [url, board, job id, page kind the reader is sure of (null: it leaves it to the general rules)] */
const PAGES: Array<[string, string, string, string | null]> = [
  ['https://acme.applytojob.com/apply/Xk3pQ9LmZa/Hardware-Test-Engineer', 'jazzhr', 'Xk3pQ9LmZa', 'posting'],
  ['https://acme.applytojob.com/apply/jobs', 'jazzhr', '', 'listing'],
  ['https://ats.rippling.com/acme/jobs/5e0c7a1b-2d3f-4a5b-8c9d-0e1f2a3b4c5d', 'rippling', '5e0c7a1b-2d3f-4a5b-8c9d-0e1f2a3b4c5d', 'posting'],
  ['https://ats.rippling.com/acme/jobs/5E0C7A1B-2D3F-4A5B-8C9D-0E1F2A3B4C5D/apply', 'rippling', '5e0c7a1b-2d3f-4a5b-8c9d-0e1f2a3b4c5d', 'application'],
  ['https://ats.rippling.com/acme/jobs', 'rippling', '', 'listing'],
  ['https://jobs.gem.com/acme/am9icG9zdDpAcmVib3VuZC1maXh0dXJl', 'gem', 'am9icG9zdDpAcmVib3VuZC1maXh0dXJl', 'posting'],
  ['https://jobs.gem.com/acme', 'gem', '', 'listing'],
  ['https://app.dover.com/apply/acme/2b7c4d5e-6f70-4812-9a3b-4c5d6e7f8091/?rs=1', 'dover', '2b7c4d5e-6f70-4812-9a3b-4c5d6e7f8091', 'posting'],
  ['https://jobs.dover.com/companies/acme', 'dover', '', 'listing'],
  ['https://join.com/companies/acme/11223344-engineer', 'join', '11223344', 'posting'],
  ['https://join.com/companies/acme/11223344-engineer/apply', 'join', '11223344', 'application'],
  ['https://join.com/companies/acme', 'join', '', 'listing'],
  ['https://www.welcometothejungle.com/fr/companies/acme/jobs/dev_paris', 'welcometothejungle', 'acme/dev_paris', 'posting'],
  ['https://www.welcometothejungle.com/fr/companies/acme', 'welcometothejungle', '', 'listing'],
  ['https://www.welcometothejungle.com/fr/articles/cv', 'welcometothejungle', '', 'other'],
  ['https://www.stepstone.de/stellenangebote--Dev-Acme--13904121-inline.html', 'stepstone', '13904121', 'posting'],
  ['https://www.stepstone.de/jobs/dev/in-berlin', 'stepstone', '', 'listing'],
  ['https://www.naukri.com/job-listings-dev-acme-pune-2-to-5-years-040125012345', 'naukri', '040125012345', 'posting'],
  ['https://www.naukri.com/software-engineer-jobs-in-bangalore', 'naukri', '', 'listing'],
  ['https://www.reed.co.uk/jobs/team-leader/51234567', 'reed', '51234567', 'posting'],
  ['https://www.reed.co.uk/jobs/warehouse-jobs-in-leeds', 'reed', '', 'listing'],
  ['https://www.dice.com/job-detail/4f1d2c3b-5a6e-4b7c-8d9e-0a1b2c3d4e5f', 'dice', '4f1d2c3b-5a6e-4b7c-8d9e-0a1b2c3d4e5f', 'posting'],
  ['https://www.dice.com/job-applications/4f1d2c3b-5a6e-4b7c-8d9e-0a1b2c3d4e5f/wizard', 'dice', '4f1d2c3b-5a6e-4b7c-8d9e-0a1b2c3d4e5f', 'application'],
  ['https://www.dice.com/jobs?q=python', 'dice', '', 'listing'],
  ['https://www.ziprecruiter.com/c/Acme/Job/Technician/-in-Austin,TX?jid=8a9b0c1d2e3f4a5b', 'ziprecruiter', '8a9b0c1d2e3f4a5b', 'posting'],
  ['https://www.ziprecruiter.com/jobs/acme-7c6d5e4f/technician-1a2b3c4d', 'ziprecruiter', '1a2b3c4d', 'posting'],
  ['https://www.ziprecruiter.com/jobs-search?search=robotics&location=Austin', 'ziprecruiter', '', 'listing'],
];

describe('new sites: job ids and page kinds', () => {
  it.each(PAGES)('%s → %s %s (%s)', (raw, board, id, kind) => {
    const url = new URL(raw);
    const site = siteFor(url, html(''));
    expect(site?.board).toBe(board);
    expect(site?.jobId(url)).toBe(id);
    expect(site?.classify?.(html(''), url) ?? null).toBe(kind);
  });

  it('takes a Gem or Dover page with its résumé upload for an application form (neither has a <form>)', () => {
    const upload = html('<div><input type="text"><input type="file"><button type="submit">Apply</button></div>');
    const gem = new URL('https://jobs.gem.com/acme/am9icG9zdDpAcmVib3VuZC1maXh0dXJl');
    const dover = new URL('https://app.dover.com/apply/acme/2b7c4d5e-6f70-4812-9a3b-4c5d6e7f8091');
    expect(siteFor(gem, upload)?.classify?.(upload, gem)).toBe('application');
    expect(siteFor(dover, upload)?.classify?.(upload, dover)).toBe('application');
  });

  it('distrusts structured data on search pages, which carry many jobs', () => {
    for (const raw of ['https://www.naukri.com/software-engineer-jobs-in-bangalore', 'https://www.ziprecruiter.com/jobs-search?search=x', 'https://www.reed.co.uk/jobs?keywords=x']) {
      const url = new URL(raw);
      expect(siteFor(url, html(''))?.distrustStructured?.(url), raw).toBe(true);
    }
    const posting = new URL('https://www.naukri.com/job-listings-dev-acme-pune-2-to-5-years-040125012345');
    expect(siteFor(posting, html(''))?.distrustStructured?.(posting)).toBe(false);
  });
});
