import { describe, expect, it } from 'vitest';
import { couldBeSameJob, joinCandidates, sameCompany, sameJobCandidates, sameTitle, type MatchRecord } from '../../../src/core/job-match';
import { isStepHeading } from '../../../src/core/step-heading';
import { siteLabel } from '../../../src/core/site-labels';
import fc from 'fast-check';
import { hostileText } from '../extract/hostile-inputs';

const NOW = 1_800_000_000_000;
const DAY = 86_400_000;

function record(over: Partial<MatchRecord> = {}): MatchRecord {
  return { id: 'r1', title: 'Senior Software Engineer', company: 'Acme Robotics', board: 'linkedin', jobId: '3912345678', stage: 'saved', savedAt: NOW - 2 * DAY, updatedAt: NOW - 2 * DAY, ...over };
}
const application = { title: 'Senior Software Engineer', company: 'Acme Robotics, Inc.', board: 'greenhouse', jobId: '4012345' };

describe('company as people say it', () => {
  it('drops legal forms, case, accents and punctuation; nothing left never matches', () => {
    expect(sameCompany('Acme Robotics, Inc.', 'ACME ROBOTICS GmbH')).toBe(true);
    expect(sameCompany('Société Générale S.A.', 'Societe Generale')).toBe(true);
    expect(sameCompany('Acme Robotics', 'Globex')).toBe(false);
    expect(sameCompany('  ', '  ')).toBe(false);
    expect(sameCompany('Inc.', 'Ltd')).toBe(false);
  });
});

describe('titles', () => {
  it('are the same job word for word, or when one holds all the words of the other', () => {
    expect(sameTitle('Senior Software Engineer', 'Senior Software Engineer (m/w/d)')).toBe(true);
    expect(sameTitle('Sr. Software Engineer', 'Senior Software Engineer')).toBe(true);
    expect(sameTitle('Software Engineer, Payments', 'Software Engineer')).toBe(true);
    expect(sameTitle('Software Engineer', 'Product Designer')).toBe(false);
  });

  it('never join when seniority words disagree', () => {
    expect(sameTitle('Senior Software Engineer', 'Staff Software Engineer')).toBe(false);
    expect(sameTitle('Senior Software Engineer', 'Software Engineer')).toBe(false);
    expect(sameTitle('Lead Designer', 'Principal Designer')).toBe(false);
    expect(sameTitle('Software Engineer II', 'Software Engineer III')).toBe(false);
    expect(sameTitle('Junior Developer', 'Jr Developer')).toBe(true);
  });

  it('an empty title never matches anything', () => {
    expect(sameTitle('', '')).toBe(false);
    expect(sameTitle('Senior', 'Senior')).toBe(false);
  });
});

describe('couldBeSameJob / sameJobCandidates', () => {
  it('finds the job saved on a board when the application is on the employer’s system', () => {
    expect(couldBeSameJob(application, record(), NOW)).toBe(true);
  });

  it('the same title at two companies is two jobs', () => {
    expect(couldBeSameJob(application, record({ company: 'Globex' }), NOW)).toBe(false);
    expect(couldBeSameJob({ ...application, company: '' }, record({ company: '' }), NOW)).toBe(false);
  });

  it('Senior vs Staff at the same company is two jobs', () => {
    expect(couldBeSameJob(application, record({ title: 'Staff Software Engineer' }), NOW)).toBe(false);
  });

  it('a record seen 31 days ago is too old; 29 days is fine', () => {
    expect(couldBeSameJob(application, record({ savedAt: NOW - 31 * DAY, updatedAt: NOW - 31 * DAY }), NOW)).toBe(false);
    expect(couldBeSameJob(application, record({ savedAt: NOW - 29 * DAY, updatedAt: NOW - 29 * DAY }), NOW)).toBe(true);
    // Saved long ago but worked on recently: still in mind.
    expect(couldBeSameJob(application, record({ savedAt: NOW - 60 * DAY, updatedAt: NOW - DAY }), NOW)).toBe(true);
  });

  it('closed records (rejected, withdrawn, accepted, no response) are never joined', () => {
    for (const stage of ['rejected', 'withdrawn', 'accepted', 'no_response'] as const) {
      expect(couldBeSameJob(application, record({ stage }), NOW), stage).toBe(false);
    }
    expect(couldBeSameJob(application, record({ stage: 'interviewing' }), NOW)).toBe(true);
  });

  it('another job id on the same board is another job, whatever the title', () => {
    expect(couldBeSameJob(application, record({ board: 'greenhouse', jobId: '999' }), NOW)).toBe(false);
    expect(couldBeSameJob(application, record({ board: 'greenhouse', jobId: '4012345' }), NOW)).toBe(true);
  });

  it('lists every candidate, most recently seen first', () => {
    const older = record({ id: 'older', savedAt: NOW - 10 * DAY, updatedAt: NOW - 10 * DAY });
    const newer = record({ id: 'newer', board: 'indeed', jobId: '0a1b2c3d4e5f6789', savedAt: NOW - DAY, updatedAt: NOW - DAY });
    const other = record({ id: 'other', title: 'Staff Software Engineer' });
    expect(sameJobCandidates(application, [older, other, newer], NOW).map((r) => r.id)).toEqual(['newer', 'older']);
  });

  it('hostile strings are compared as text, quickly, and never throw', () => {
    const long = 'Senior '.repeat(50_000) + 'Engineer';
    const started = performance.now();
    fc.assert(
      fc.property(hostileText, hostileText, (title, company) => {
        expect(typeof couldBeSameJob({ ...application, title, company }, record({ title, company }), NOW)).toBe('boolean');
      }),
      { numRuns: 200 },
    );
    for (const text of [long, '\u0000\uFFFF\uD800']) {
      expect(() => couldBeSameJob({ ...application, title: text, company: text }, record({ title: text, company: text }), NOW)).not.toThrow();
    }
    expect(couldBeSameJob({ ...application, title: '<img src=x onerror=alert(1)>' }, record({ title: 'img src x onerror alert 1' }), NOW)).toBe(true);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('joinCandidates ("Same job as…")', () => {
  const me = { id: 'me', title: 'Senior Software Engineer', company: 'Acme Robotics', board: 'linkedin', jobId: '1' };
  const records = [
    record({ id: 'me' }),
    record({ id: 'same-company', title: 'Accountant', updatedAt: NOW }),
    record({ id: 'same-job-old', company: 'ACME Robotics Inc.', stage: 'rejected', savedAt: NOW - 90 * DAY, updatedAt: NOW - 90 * DAY }),
    record({ id: 'same-job-new', company: 'Acme', board: 'greenhouse', jobId: '9', updatedAt: NOW - DAY }),
    record({ id: 'title-word', title: 'Software Tester', company: 'Globex' }),
    record({ id: 'unrelated', title: 'Barista', company: 'Initech' }),
  ];

  it('likely ones first, without a search: company and title (any stage, any age; the newest first), then company, then a title word', () => {
    expect(joinCandidates(me, records).map((r) => r.id)).toEqual(['same-job-new', 'same-job-old', 'same-company', 'title-word']);
  });

  it('a search names any record by the start of a word of its title or company, never the application itself', () => {
    expect(joinCandidates(me, records, 'ini').map((r) => r.id)).toEqual(['unrelated']);
    expect(joinCandidates(me, records, 'acme eng').map((r) => r.id)).toEqual(['same-job-new', 'same-job-old']);
    expect(joinCandidates(me, records, 'senior software acme robotics').map((r) => r.id)).not.toContain('me');
    expect(joinCandidates(me, records, 'nothing like it')).toEqual([]);
    expect(joinCandidates(me, records, '', 2)).toHaveLength(2);
  });
});

describe('step headings', () => {
  it('names a step of an application flow, never a job', () => {
    for (const text of ['Please review your application', 'Add your contact information', 'Answer questions from the employer', 'Add a resume for the employer', 'Your application has been submitted!', 'Review your application', 'Contact information']) {
      expect(isStepHeading(text), text).toBe(true);
    }
    for (const text of ['Warehouse Robotics Technician', 'Application Support Engineer', 'Reviewer, Trust and Safety', 'Information Security Analyst', '']) {
      expect(isStepHeading(text), text).toBe(false);
    }
  });
});

describe('site labels', () => {
  it('says a site as people do', () => {
    expect(siteLabel('linkedin')).toBe('LinkedIn');
    expect(siteLabel('greenhouse')).toBe('Greenhouse');
    expect(siteLabel('careers.acme.com')).toBe('careers.acme.com');
    expect(siteLabel('www.acme.com')).toBe('acme.com');
    expect(siteLabel('web')).toBe('');
    expect(siteLabel('<b>x</b>')).toBe('');
  });
});
