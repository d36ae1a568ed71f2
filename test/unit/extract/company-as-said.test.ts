import { describe, expect, it } from 'vitest';
import { companyAsSaid, hostBrands } from '../../../src/core/extract/company';
import { parseTitle } from '../../../src/core/extract/title-parse';
import { extractJob } from '../../../src/core/extract/index';
import { html } from './load';

describe('company names as people say them', () => {
  it.each([
    ['Fabrikam GmbH', 'Fabrikam'],
    ['Fabrikam Robotics AG', 'Fabrikam Robotics'],
    ['Contoso S.A.S.', 'Contoso'],
    ['Contoso, Inc.', 'Contoso'],
    ['Tailspin Ltd', 'Tailspin'],
    ['Wingtip Toys Co.', 'Wingtip Toys'],
    ['Northwind B.V.', 'Northwind'],
    ['Adatum S.p.A.', 'Adatum'],
    ['Litware Sp. z o.o.', 'Litware'],
    ['Proseware GmbH & Co. KG', 'Proseware'],
    ['Jobs bei fourthcoffee.ch', 'fourthcoffee.ch'],
    ['Careers at Woodgrove', 'Woodgrove'],
    ['Karriere bei Lucerne Verlag', 'Lucerne Verlag'],
    ['Stellenangebote von Alpine Ski', 'Alpine Ski'],
    ['Blue Yonder Airlines', 'Blue Yonder Airlines'],
    ['comparis.ch', 'comparis.ch'],
  ])('%s → %s', (raw, said) => {
    expect(companyAsSaid(raw)).toBe(said);
  });

  it('cuts a "Shared Services" unit and keeps the word the career host names', () => {
    expect(companyAsSaid('ZX Fabrikam Shared Services Europe S.A.S.', ['fabrikam'])).toBe('Fabrikam');
    expect(companyAsSaid('Fabrikam Canada Co.', hostBrands('fabrikam.wd3.myworkdayjobs.com'))).toBe('Fabrikam');
    // Without a brand signal the cut name stays whole: no guessing which word is the brand.
    expect(companyAsSaid('ZX Fabrikam Shared Services Europe S.A.S.')).toBe('ZX Fabrikam');
    // A name that needed no cutting is never shortened to a brand word.
    expect(companyAsSaid('Fabrikam Health', ['fabrikam'])).toBe('Fabrikam Health');
  });

  it('reads the brand from a career host, not from its generic labels', () => {
    expect(hostBrands('fabrikam.wd3.myworkdayjobs.com')).toEqual(['fabrikam']);
    expect(hostBrands('jobs.contoso.ch')).toEqual(['contoso']);
    expect(hostBrands('www.careers.wd1.myworkdayjobs.com')).toEqual([]);
  });

  it('a structured legal entity becomes the brand the page itself names', () => {
    const doc = html(`<script type="application/ld+json">{"@type":"JobPosting","title":"Billing Analyst",
      "hiringOrganization":{"@type":"Organization","name":"QRS Fabrikam Shared Services Americas S.A.S."}}</script>`);
    expect(extractJob(doc, 'https://fabrikam.wd3.myworkdayjobs.com/en-US/Ext/job/Billing-Analyst_R1').company).toBe('Fabrikam');
  });
});

describe('titles split at the right separator', () => {
  it('a known company at the start keeps a dash inside the job title', () => {
    expect(parseTitle('Sprocket - Backend Engineer - Payments Team', 'jobs.lever.co', '', ['sprocketlabs'])).toEqual({
      title: 'Backend Engineer - Payments Team',
      company: 'Sprocket',
    });
  });

  it('a known company at the end, with a board word as the only other part, names no job', () => {
    expect(parseTitle('Application | Contoso', 'jobs.contoso.ch')).toEqual({ title: '', company: 'Contoso' });
    expect(parseTitle('Data Engineer | Contoso', 'jobs.contoso.ch')).toEqual({ title: 'Data Engineer', company: 'Contoso' });
  });

  it('never takes a board name for the known company', () => {
    expect(parseTitle('Data Engineer | Flowline | LinkedIn', 'www.linkedin.com').company).toBe('Flowline');
  });

  it('a Lever form page without its header reads both from the document title', () => {
    const job = extractJob(
      html('<title>Sprocket - Backend Engineer - Payments Team</title><form id="application-form"><h4>Submit your application</h4></form>'),
      'https://jobs.lever.co/sprocketlabs/0b0e7c52-1c2d-4e5f-8a9b-0c1d2e3f4a5b/apply',
    );
    expect([job.title, job.company]).toEqual(['Backend Engineer - Payments Team', 'Sprocket']);
  });
});
