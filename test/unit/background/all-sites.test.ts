import { describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/shared/browser', async () => ({ default: (await import('../../support/fake-browser')).fakeBrowser('rebound-id') }));
const { ALL_SITES_SCRIPT, allSitesChange, allSitesExcludes } = await import('../../../src/background/all-sites');

describe('the all-sites script registration', () => {
  const excludes = allSitesExcludes();

  it('stays off the job boards, which have their own scripts, and off the webmail hosts', () => {
    expect(excludes).toEqual(expect.arrayContaining(['https://job-boards.greenhouse.io/*', 'https://jobs.lever.co/*', 'https://mail.google.com/*', 'https://outlook.office.com/*']));
    expect(new Set(excludes).size).toBe(excludes.length);
  });

  it('registers once the permission is granted, and unregisters when it is taken back', () => {
    expect(allSitesChange(true, undefined, excludes)).toBe('register');
    expect(allSitesChange(false, { js: [ALL_SITES_SCRIPT], excludeMatches: excludes }, excludes)).toBe('unregister');
    expect(allSitesChange(false, undefined, excludes)).toBeNull();
  });

  it('leaves an up-to-date registration alone, whatever the order of its lists', () => {
    expect(allSitesChange(true, { js: [ALL_SITES_SCRIPT], excludeMatches: [...excludes].reverse() }, excludes)).toBeNull();
  });

  it('brings a registration left by an older version up to date: another file, or fewer hosts excluded', () => {
    expect(allSitesChange(true, { js: ['content-all.js'], excludeMatches: excludes }, excludes)).toBe('update');
    const beforeWebmail = excludes.filter((pattern) => !pattern.includes('mail.google.com'));
    expect(allSitesChange(true, { js: [ALL_SITES_SCRIPT], excludeMatches: beforeWebmail }, excludes)).toBe('update');
    expect(allSitesChange(true, { js: [ALL_SITES_SCRIPT] }, excludes)).toBe('update');
  });
});
