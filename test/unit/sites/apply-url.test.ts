/**
 * Boards that send people elsewhere to apply offer that address (SiteReader.applyUrl): the record
 * saved there keeps it, so the application on the employer's system updates it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteFor } from '../../../src/sites/find';
import { outboundAddress } from '../../../src/sites/site-reader';
import { addressKeys } from '../../../src/core/job-link';

function applyUrlOf(url: string, markup: string): string {
  const doc = new DOMParser().parseFromString(markup, 'text/html');
  const u = new URL(url);
  return siteFor(u, doc)?.applyUrl?.(doc, u) ?? 'no reader';
}

const fixture = (file: string) => fs.readFileSync(path.resolve('test/fixtures/sites', file), 'utf8');

describe('LinkedIn', () => {
  it('the public page: the employer’s address taken out of the externalApply link', () => {
    const url = 'https://www.linkedin.com/jobs/view/3912345702/';
    expect(applyUrlOf(url, fixture('www.linkedin.com/jobs/view/3912345702/index.html'))).toBe('https://job-boards.greenhouse.io/northwind-analytics/jobs/5550002?gh_src=LinkedIn');
  });

  it('the signed-in page: companyApplyUrl from the data block of this job, never another job’s', () => {
    const data = (id: string, apply: string) =>
      `<code style="display: none">{"data":{"entityUrn":"urn:li:fs_normalized_jobPosting:${id}","title":"x"},"included":[{"applyMethod":{"companyApplyUrl":"${apply}"}}]}</code>`;
    const markup = `<main>${data('111111', 'https://other.example/jobs/1')}${data('4221167533', 'https://grnh.se/7b15f94c4us?source=LinkedIn')}</main>`;
    expect(applyUrlOf('https://www.linkedin.com/jobs/view/4221167533/', markup)).toBe('https://grnh.se/7b15f94c4us?source=LinkedIn');
    expect(applyUrlOf('https://www.linkedin.com/jobs/search/?currentJobId=111111', markup)).toBe('https://other.example/jobs/1');
    expect(applyUrlOf('https://www.linkedin.com/jobs/view/999999/', markup)).toBe('');
  });

  it('Easy Apply (applied to on LinkedIn itself) offers nothing', () => {
    expect(applyUrlOf('https://www.linkedin.com/jobs/view/3912345678/', fixture('www.linkedin.com/jobs/view/3912345678/index.html'))).toBe('');
  });
});

describe('Indeed and Glassdoor', () => {
  it('offer a company-site link that leaves the board, and not their own redirects', () => {
    const indeed = (href: string) => `<div id="applyButtonLinkContainer"><button aria-label="Apply on company site (opens in a new tab)" href="${href}">Apply on company site</button></div>`;
    expect(applyUrlOf('https://www.indeed.com/viewjob?jk=0a1b2c3d4e5f6789', indeed('https://jobs.lever.co/acme/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0'))).toBe('https://jobs.lever.co/acme/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0');
    expect(applyUrlOf('https://www.indeed.com/viewjob?jk=0a1b2c3d4e5f6789', indeed('/applystart?jk=0a1b2c3d4e5f6789&from=vj'))).toBe('');
    expect(applyUrlOf('https://www.indeed.com/viewjob?jk=0a1b2c3d4e5f6789', fixture('www.indeed.com/viewjob.html'))).toBe('');
    const glassdoor = '<a data-test="applyButton" href="https://www.glassdoor.com/partner/jobListing.htm?dest=https%3A%2F%2Facme.wd5.myworkdayjobs.com%2Fen-US%2FSite%2Fjob%2FBerlin%2FEngineer_JR12345">Apply on employer site</a>';
    expect(applyUrlOf('https://www.glassdoor.com/job-listing/x-JV_IC1.htm?jl=1009123456', glassdoor)).toBe('https://acme.wd5.myworkdayjobs.com/en-US/Site/job/Berlin/Engineer_JR12345');
  });
});

describe('Dice', () => {
  it('"Apply Now" that leaves Dice offers the employer’s address; Easy Apply (on Dice) offers nothing', () => {
    const url = 'https://www.dice.com/job-detail/7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d';
    expect(applyUrlOf(url, fixture('www.dice.com/job-detail/7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d.html'))).toBe('https://job-boards.greenhouse.io/northwind-analytics/jobs/5550007?gh_src=Dice');
    expect(addressKeys([applyUrlOf(url, fixture('www.dice.com/job-detail/7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d.html'))])).toContain('greenhouse:5550007');
    const easy = 'https://www.dice.com/job-detail/4f1d2c3b-5a6e-4b7c-8d9e-0a1b2c3d4e5f';
    expect(applyUrlOf(easy, fixture('www.dice.com/job-detail/4f1d2c3b-5a6e-4b7c-8d9e-0a1b2c3d4e5f.html'))).toBe('');
    // A redirect through Dice that names its target is unwrapped; one that hides it says nothing.
    const link = (href: string) => `<apply-button-wc><a data-testid="apply-button" href="${href}">Apply Now</a></apply-button-wc>`;
    expect(applyUrlOf(url, link('https://www.dice.com/apply-redirect?url=https%3A%2F%2Fjobs.lever.co%2Fnorthwind%2Fabc'))).toBe('https://jobs.lever.co/northwind/abc');
    expect(applyUrlOf(url, link('/apply-redirect?id=123'))).toBe('');
    expect(applyUrlOf(url, link('javascript:alert(1)'))).toBe('');
  });
});

describe('outboundAddress', () => {
  it('keeps http(s) only, of a sane length, and unwraps a redirect’s target', () => {
    expect(outboundAddress('javascript:alert(1)')).toBe('');
    expect(outboundAddress('data:text/html,<b>x</b>')).toBe('');
    expect(outboundAddress(`https://a.example/${'x'.repeat(3000)}`)).toBe('');
    expect(outboundAddress('https://r.example/go?url=javascript%3Aalert(1)')).toBe('https://r.example/go?url=javascript%3Aalert(1)');
    expect(outboundAddress('https://r.example/go?url=https%3A%2F%2Fjobs.lever.co%2Facme%2Fx')).toBe('https://jobs.lever.co/acme/x');
    expect(outboundAddress('')).toBe('');
  });

  it('an address kept is found again by its board job key, from any host of that board', () => {
    expect(addressKeys(['https://boards.greenhouse.io/acme/jobs/123?gh_src=LinkedIn'])).toContain('greenhouse:123');
    expect(addressKeys(['https://acme.wd5.myworkdayjobs.com/en-US/Site/job/Berlin/Engineer_JR12345'])).toContain('workday:jr12345');
    expect(addressKeys(['javascript:alert(1)', 'not a url'])).toEqual([]);
  });
});
