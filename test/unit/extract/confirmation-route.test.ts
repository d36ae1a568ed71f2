import { describe, expect, it } from 'vitest';
import { CONFIRMATION_ROUTE } from '../../../src/core/extract/confirmation-route';

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
