import { describe, expect, it } from 'vitest';
import { companyFromAddress, companyKey, sameCompany } from '../../../../src/core/reply/company-name';

describe('companyKey', () => {
  it('drops case, accents, legal forms, team words, a leading "The" and a web suffix', () => {
    expect(companyKey('ACME Inc.')).toBe('acme');
    expect(companyKey('Société Générale S.A.')).toBe('societe generale');
    expect(companyKey('Acme Hiring Team')).toBe('acme');
    expect(companyKey('Acme Talent Acquisition')).toBe('acme');
    expect(companyKey('Acme Careers')).toBe('acme');
    expect(companyKey('The Allen Institute for AI')).toBe('allen institute for ai');
    expect(companyKey('Nuts.com')).toBe('nuts');
    expect(companyKey('Musterfirma GmbH')).toBe('musterfirma');
  });
});

describe('sameCompany', () => {
  it('matches a name and its first words, not a different company', () => {
    expect(sameCompany('Raytheon', 'Raytheon Technologies')).toBe(true);
    expect(sameCompany('Acme Corp', 'ACME')).toBe(true);
    expect(sameCompany('Acme', 'Acmeline')).toBe(false);
    expect(sameCompany('', '')).toBe(false);
  });
});

describe('companyFromAddress', () => {
  it('never names an applicant-tracking system or free mail', () => {
    expect(companyFromAddress('no-reply@us.greenhouse-mail.io')).toBe('');
    expect(companyFromAddress('acme@myworkday.com')).toBe('');
    expect(companyFromAddress('someone@gmail.com')).toBe('');
    expect(companyFromAddress('jobs@talent.initech.com')).toBe('initech');
    expect(companyFromAddress('jobs@acme.co.uk')).toBe('acme');
  });
});
