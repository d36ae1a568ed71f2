import { describe, expect, it } from 'vitest';
import { SITE_READERS as SITES } from '../../../src/sites/all-readers';
import { siteFor } from '../../../src/sites/find';
import { html } from '../extract/load';

/** [url, board, job id] — every pattern with URLs it must match … */
const MATCHES: Array<[string, string, string]> = [
  ['https://www.linkedin.com/jobs/view/4221167533/', 'linkedin', '4221167533'],
  ['https://au.linkedin.com/jobs/view/senior-engineer-at-heidi-4411867124', 'linkedin', '4411867124'],
  ['https://www.linkedin.com/jobs/search/?currentJobId=3114502964&keywords=x', 'linkedin', '3114502964'],
  ['https://www.indeed.com/viewjob?jk=54f1f8af68d722d2', 'indeed', '54f1f8af68d722d2'],
  ['https://au.indeed.com/jobs?q=dev&vjk=676599852a737304', 'indeed', '676599852a737304'],
  ['https://www.glassdoor.com/job-listing/x-JV_IC1.htm?jl=1009123456', 'glassdoor', '1009123456'],
  ['https://wellfound.com/jobs/2881234-senior-engineer', 'wellfound', '2881234'],
  ['https://job-boards.greenhouse.io/gitlab/jobs/8620720002', 'greenhouse', '8620720002'],
  ['https://boards.greenhouse.io/acme/jobs/123/confirmation', 'greenhouse', '123'],
  ['https://job-boards.greenhouse.io/embed/job_app?for=stripe&token=7827184', 'greenhouse', '7827184'],
  ['https://careers.stripe.example/listing?gh_jid=7827184', 'greenhouse', '7827184'],
  ['https://jobs.lever.co/highspot/f222ad5c-b7dd-43c4-9008-ee1a53174afa/apply', 'lever', 'f222ad5c-b7dd-43c4-9008-ee1a53174afa'],
  ['https://jobs.eu.lever.co/acme/f222ad5c-b7dd-43c4-9008-ee1a53174afa', 'lever', 'f222ad5c-b7dd-43c4-9008-ee1a53174afa'],
  ['https://jobs.ashbyhq.com/ramp/cc0af88a-2a19-493d-93cf-c5090f986f1f/application', 'ashby', 'cc0af88a-2a19-493d-93cf-c5090f986f1f'],
  ['https://nvidia.wd5.myworkdayjobs.com/en-US/Site/job/Senior-Test-Engineer_JR2019510-1', 'workday', 'JR2019510-1'],
  ['https://nvidia.wd5.myworkdayjobs.com/en-US/Site/job/Germany-Munich/Senior-Test-Engineer_JR2019510-1/apply/applyManually', 'workday', 'JR2019510-1'],
  ['https://jobs.smartrecruiters.com/Acme/743999912345678-barista', 'smartrecruiters', '743999912345678'],
  ['https://careers-acme.icims.com/jobs/4521/barista/job', 'icims', '4521'],
  ['https://apply.workable.com/huble/j/927FD30DD5/apply/?success', 'workable', '927FD30DD5'],
  ['https://jobs.jobvite.com/acme/job/oAbc123x', 'jobvite', 'oAbc123x'],
  ['https://acme.bamboohr.com/careers/42', 'bamboohr', '42'],
  ['https://acme.teamtailor.com/jobs/6360832-internship/applications/new', 'teamtailor', '6360832'],
  ['https://acme.recruitee.com/o/barista', 'recruitee', 'barista'],
  ['https://breezy-hr.breezy.hr/p/bdd8a94f4073-1-demo-position', 'breezy', 'bdd8a94f4073'],
  ['https://acme.jobs.personio.de/job/1234567/apply', 'personio', '1234567'],
  ['https://au.seek.com/job/93856863', 'seek', '93856863'],
];

/** … and URLs it must not (no site, or no job id). */
const NO_SITE = [
  'https://greenhouse.example.com/jobs/123',
  'https://notlever.co/acme/f222ad5c-b7dd-43c4-9008-ee1a53174afa',
  'https://example.com/jobs/view/123456',
  'https://fakeindeed.com/viewjob?jk=54f1f8af68d722d2',
];

const NO_JOB_ID: Array<[string, string]> = [
  ['https://www.linkedin.com/company/10529043/', 'linkedin'],
  ['https://www.linkedin.com/jobs/search/?keywords=python', 'linkedin'],
  ['https://www.indeed.com/jobs?q=python', 'indeed'],
  ['https://job-boards.greenhouse.io/embed/job_board?for=acme', 'greenhouse'],
  ['https://jobs.lever.co/januxrx', 'lever'],
  ['https://apply.workable.com/huble/', 'workable'],
];

describe('site URL patterns', () => {
  it.each(MATCHES)('%s → %s %s', (url, board, id) => {
    const site = siteFor(new URL(url), html(''));
    expect(site?.board).toBe(board);
    expect(site?.jobId(new URL(url))).toBe(id);
  });

  it.each(NO_SITE)('%s belongs to no site', (url) => {
    expect(siteFor(new URL(url), html(''))).toBeNull();
  });

  it.each(NO_JOB_ID)('%s has no job id', (url, board) => {
    const site = siteFor(new URL(url), html(''));
    expect(site?.board).toBe(board);
    expect(site?.jobId(new URL(url))).toBe('');
  });

  it('recognises Teamtailor on a custom domain only with its markup', () => {
    const url = new URL('https://career.contoso.example/jobs/8002146-legal-counsel/applications/new');
    expect(siteFor(url, html('<img src="https://images.teamtailor-cdn.com/x.png">'))?.id).toBe('teamtailor');
    expect(siteFor(url, html('<p>plain</p>'))).toBeNull();
  });

  // Enterprise ATSs (issue 14).
  const enterprise = ['adp', 'avature', 'comeet', 'dayforce', 'eightfold', 'oracle', 'pinpoint', 'softgarden', 'successfactors', 'taleo', 'ukgpro'];

  it('uses only the board ids the store knows', () => {
    const known = ['linkedin', 'indeed', 'glassdoor', 'wellfound', 'greenhouse', 'lever', 'ashby', 'workday', 'smartrecruiters', 'icims', 'workable', 'jobvite', 'bamboohr', 'teamtailor', 'recruitee', 'breezy', 'personio', 'seek', 'web',
      // Small-business ATSs and boards (issue 14).
      'dice', 'dover', 'gem', 'jazzhr', 'join', 'naukri', 'reed', 'rippling', 'stepstone', 'welcometothejungle', 'ziprecruiter'];
    for (const site of SITES) expect([...known, ...enterprise]).toContain(site.board);
  });
});
