import { describe, expect, it } from 'vitest';
import { CONFIRMATION_ROUTE, CONFIRMATION_WORDS } from '../../../src/core/extract/confirmation-route';
import { hasWord } from '../../../src/content/has-word';
import { EXAMPLES } from '../../../src/sites/all-examples';

const route = (raw: string) => {
  const url = new URL(raw);
  return CONFIRMATION_ROUTE.test(url.pathname + url.search);
};

describe('confirmation-shaped addresses', () => {
  it.each([
    'https://careers.example.com/apply/thank-you',
    'https://careers.example.com/jobs/123/thanks',
    'https://careers.example.com/thankyou.html',
    'https://careers.example.com/jobs/123/thank-you-for-applying',
    'https://careers.example.com/jobs/123/confirmation',
    'https://careers.example.com/application-submitted',
    'https://careers.example.com/apply/success',
    'https://careers.example.com/apply?success=true',
    'https://careers.example.com/apply?status=submitted',
    'https://careers.example.com/you-applied',
    'https://apply.workable.com/acme/j/20E78CBA92/apply/?success',
    'https://smartapply.indeed.com/beta/indeedapply/form/post-apply',
  ])('%s is one', (url) => expect(route(url)).toBe(true));

  it.each([
    'https://careers.example.com/jobs/applied-scientist',
    'https://careers.example.com/jobs/senior-applied-ml-engineer-4711',
    'https://careers.example.com/jobs/customer-success-manager',
    'https://careers.example.com/jobs/4711/successful-candidates-guide-writer',
    'https://careers.example.com/jobs?team=customer-success-ops',
    'https://careers.example.com/jobs/123/apply',
    'https://careers.example.com/',
  ])('%s is not', (url) => expect(route(url)).toBe(false));
});

describe('the words the page scripts look for before the pattern', () => {
  // The all-sites script compiles CONFIRMATION_ROUTE only where one of the words is: a word list that
  // missed an address the pattern takes would lose that confirmation.
  const CONFIRMATIONS = [
    '/apply/thank-you',
    '/THANKS',
    '/Apply/Confirmation?id=1',
    '/apply?success=true',
    '/apply?status=SUBMITTED',
    '/you-Applied',
    '/apply/successful',
    '/beta/indeedapply/form/post-apply',
  ];
  const siteExamples = Object.values(EXAMPLES).flatMap((e) => [...e.must, ...e.mustNot]).map((raw) => {
    const url = new URL(raw);
    return url.pathname + url.search;
  });

  it('are in every address the pattern takes, in any case', () => {
    const taken = [...CONFIRMATIONS, ...siteExamples].filter((path) => CONFIRMATION_ROUTE.test(path));
    expect(taken.length).toBeGreaterThan(CONFIRMATIONS.length);
    for (const path of taken) expect(hasWord(path, CONFIRMATION_WORDS), path).toBe(true);
  });

  it('are absent from most addresses, which then never reach the pattern', () => {
    expect(hasWord('/news/2026/11/story', CONFIRMATION_WORDS)).toBe(false);
    expect(hasWord('/', CONFIRMATION_WORDS)).toBe(false);
    expect(siteExamples.filter((path) => !hasWord(path, CONFIRMATION_WORDS)).length).toBeGreaterThan(siteExamples.length / 2);
  });
});
