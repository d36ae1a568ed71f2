import { describe, expect, it, vi } from 'vitest';
import { JOB_ADDRESS_WORDS } from '../../../src/core/extract/job-address-words';
import { CONFIRMATION_ROUTE, CONFIRMATION_WORDS } from '../../../src/core/extract/confirmation-route';
import { matchesPattern } from '../../../src/sites/manifest-entries';
import { ALL_SITES_SCRIPT, allSitesExcludes, allSitesMatches, pageScriptAt } from '../../../src/sites/opt-in-matches';

vi.mock('../../../src/shared/browser', async () => ({ default: (await import('../../support/fake-browser')).fakeBrowser('rebound-id') }));
const { allSitesChange } = await import('../../../src/background/all-sites');

const matches = allSitesMatches();
const runsOn = (url: string) => matches.some((pattern) => matchesPattern(pattern, url));
/** Each address, named in the failure, gets the script (or not). */
const expectRuns = (urls: string[], runs: boolean) => {
  for (const url of urls) expect(runsOn(url), url).toBe(runs);
};

describe('where the all-sites script runs', () => {
  it('on addresses that look like a job, a career site or an application, in the languages Rebound reads', () => {
    expectRuns(
      [
      'https://careers.example-company.com/jobs/senior-product-designer',
      'https://www.example.com/Careers/Engineering',
      'https://recruiting.ultipro.com/PRE1019PRSD/JobBoard/4c05f321/OpportunityDetail?opportunityId=ed16',
      'https://www.example-employer.com/join-us',
      'https://jobs.ruag.ch/umantis/2514/en/apply/18127',
      'https://example.com/en/o/backend-engineer?position=12',
      'https://carrieres.boulangerie-etoile.fr/offres/boulanger-h-f',
      'https://www.example.de/karriere/stellenangebote/123',
      'https://www.example.es/trabaja-con-nosotros/oferta/7',
      'https://www.example.pl/oferty-pracy/programista',
      'https://www.example.nl/werken-bij/vacatures/9',
      'https://www.example.it/lavora-con-noi/posizione-3',
      'https://www.example.com.br/vagas/desenvolvedor',
      ],
      true,
    );
  });

  it('on thank-you addresses, where the agent matches a submit it saw on the page before', () => {
    const thanks = ['https://www.example.com/thank-you', 'https://www.example.com/form/Confirmation', 'https://www.example.com/done?submitted=1', 'https://www.example.com/p/1?SUCCESS=true'];
    for (const url of thanks) expect(CONFIRMATION_ROUTE.test(new URL(url).pathname + new URL(url).search), url).toBe(true);
    expectRuns(thanks, true);
  });

  it('nowhere else: the everyday web gets no script at all', () => {
    expectRuns(
      [
      'https://www.bbc.com/news/world-europe-12345678',
      'https://wptavern.com/',
      'https://dropbox.tech/infrastructure/atf',
      'https://shop.example.com/cart?item=42',
      'https://bank.example.com/accounts/summary',
      'https://docs.example.com/guide/intro',
      'https://www.example.com/',
      ],
      false,
    );
  });

  it('for every word as it is usually written (match patterns are case-sensitive)', () => {
    for (const word of [...JOB_ADDRESS_WORDS, ...CONFIRMATION_WORDS]) {
      for (const spelling of [word, word[0]!.toUpperCase() + word.slice(1), word.toUpperCase()]) {
        expect(runsOn(`https://www.example.com/x/${spelling}-1`), spelling).toBe(true);
      }
    }
    expect(matches.every((pattern) => /^https:\/\/\*\/\*[^*/]+\*$/.test(pattern))).toBe(true);
  });
});

describe('which page script an address gets (what the bench and the evaluation sort pages by)', () => {
  it('a board’s own, the all-sites one, or none — webmail included, whatever words its address holds', () => {
    expect(pageScriptAt('https://jobs.lever.co/acme')).toBe('site');
    expect(pageScriptAt('https://careers.example-company.com/jobs/senior-product-designer')).toBe('all-sites');
    expect(pageScriptAt('https://mail.google.com/mail/u/0/#inbox/jobs')).toBe('none');
    expect(pageScriptAt('https://outlook.office.com/mail/search?q=application')).toBe('none');
    expect(pageScriptAt('https://www.bbc.com/news')).toBe('none');
  });
});

describe('the all-sites script registration', () => {
  const excludes = allSitesExcludes();
  const target = { matches, excludeMatches: excludes };

  it('stays off the job boards, which have their own scripts, and off the webmail hosts', () => {
    expect(excludes).toEqual(expect.arrayContaining(['https://job-boards.greenhouse.io/*', 'https://jobs.lever.co/*', 'https://mail.google.com/*', 'https://outlook.office.com/*']));
    expect(new Set(excludes).size).toBe(excludes.length);
  });

  it('registers once the permission is granted, and unregisters when it is taken back', () => {
    expect(allSitesChange(true, undefined, target)).toBe('register');
    expect(allSitesChange(false, { js: [ALL_SITES_SCRIPT], ...target }, target)).toBe('unregister');
    expect(allSitesChange(false, undefined, target)).toBeNull();
  });

  it('leaves an up-to-date registration alone, whatever the order of its lists', () => {
    expect(allSitesChange(true, { js: [ALL_SITES_SCRIPT], matches: [...matches].reverse(), excludeMatches: [...excludes].reverse() }, target)).toBeNull();
  });

  it('brings a registration left by an older version up to date: another file, every https page, or fewer hosts excluded', () => {
    expect(allSitesChange(true, { js: ['content-all.js'], ...target }, target)).toBe('update');
    expect(allSitesChange(true, { js: [ALL_SITES_SCRIPT], matches: ['https://*/*'], excludeMatches: excludes }, target)).toBe('update');
    const beforeWebmail = excludes.filter((pattern) => !pattern.includes('mail.google.com'));
    expect(allSitesChange(true, { js: [ALL_SITES_SCRIPT], matches, excludeMatches: beforeWebmail }, target)).toBe('update');
    expect(allSitesChange(true, { js: [ALL_SITES_SCRIPT], matches }, target)).toBe('update');
  });
});
