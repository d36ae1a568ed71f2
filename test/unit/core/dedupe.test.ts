import { describe, expect, it } from 'vitest';
import { canonicalUrl, jobKey } from '../../../src/core/dedupe';

describe('canonicalUrl', () => {
  it('drops tracking parameters, fragments, www and trailing slashes', () => {
    expect(canonicalUrl('https://www.Boards.Greenhouse.io/acme/jobs/123/?gh_src=abc&utm_source=li#apply')).toBe(
      'https://boards.greenhouse.io/acme/jobs/123',
    );
  });

  it('keeps parameters that identify the job, sorted', () => {
    expect(canonicalUrl('https://www.indeed.com/viewjob?vjs=3&jk=abc123&from=serp')).toBe(
      'https://indeed.com/viewjob?jk=abc123',
    );
    expect(canonicalUrl('https://x.com/job?b=2&a=1')).toBe(canonicalUrl('https://x.com/job?a=1&b=2'));
  });

  it('treats http and https as the same page', () => {
    expect(canonicalUrl('http://jobs.lever.co/acme/1')).toBe(canonicalUrl('https://jobs.lever.co/acme/1'));
  });

  it('gives no key for non-web or broken URLs', () => {
    expect(canonicalUrl('javascript:alert(1)')).toBe('');
    expect(canonicalUrl('not a url')).toBe('');
    expect(canonicalUrl('chrome://extensions')).toBe('');
  });

  it('keeps different jobs apart', () => {
    expect(canonicalUrl('https://jobs.lever.co/acme/1')).not.toBe(canonicalUrl('https://jobs.lever.co/acme/2'));
  });
});

describe('jobKey', () => {
  it('joins board and id, case-insensitively', () => {
    expect(jobKey('Greenhouse', ' 123 ')).toBe('greenhouse:123');
  });
  it('is empty when either part is missing, so it never matches', () => {
    expect(jobKey('greenhouse', '')).toBe('');
    expect(jobKey('', '123')).toBe('');
  });
});
