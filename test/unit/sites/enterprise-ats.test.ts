/**
 * The enterprise applicant-tracking systems (issue 14) beyond their fixture pages: a posting and its
 * application form give the same job id (so they are one application), lists and account pages are
 * never jobs, and UKG Pro's inline job data is read as data whatever the page puts there.
 */
import { describe, expect, it } from 'vitest';
import { classifyPage, detectPage } from '../../../src/core/extract';
import { siteFor } from '../../../src/sites/find';
import { html } from '../extract/load';

/** [posting, its application form]: one job. */
const SAME_JOB: Array<[string, string, string]> = [
  [
    'https://acme.fa.us2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1/job/12345',
    'https://acme.fa.us2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1/requisitions/preview/12345/apply/section/3',
    '12345',
  ],
  ['https://acme.taleo.net/careersection/ext/jobdetail.ftl?job=2400123&lang=en', 'https://acme.taleo.net/careersection/ext/jobapply.ftl?lang=en&job=2400123', '2400123'],
  [
    'https://phh.tbe.taleo.net/phh01/ats/careers/v2/viewRequisition?org=ACME&cws=39&rid=48040',
    'https://phh.tbe.taleo.net/phh01/ats/careers/v2/applyRequisition?org=ACME&cws=39&rid=48040',
    'ACME-48040',
  ],
  [
    'https://career2.successfactors.eu/career?career_ns=job_listing&company=acmeP&career_job_req_id=12345',
    'https://career2.successfactors.eu/career?career_ns=job_application&company=acmeP&career_job_req_id=12345',
    '12345',
  ],
  [
    'https://recruiting.ultipro.com/ACM1000ACME/JobBoard/4c05f321-903e-43d5-a4c0-5d9dd55dc34d/OpportunityDetail?opportunityId=0b6f2b7e-1d3c-4a59-9e21-7f0c8a4d2e11',
    'https://recruiting.ultipro.com/ACM1000ACME/JobBoard/4c05f321-903e-43d5-a4c0-5d9dd55dc34d/OpportunityApply?opportunityId=0b6f2b7e-1d3c-4a59-9e21-7f0c8a4d2e11',
    '0b6f2b7e-1d3c-4a59-9e21-7f0c8a4d2e11',
  ],
  ['https://jobs.dayforcehcm.com/en-US/acme/CANDIDATEPORTAL/jobs/4467', 'https://jobs.dayforcehcm.com/en-US/acme/CANDIDATEPORTAL/jobs/4467/apply', 'acme-4467'],
  ['https://myjobs.adp.com/acmecareers/cx/job-details?reqId=5001234567890', 'https://myjobs.adp.com/acmecareers/cx/apply?reqId=5001234567890', '5001234567890'],
  ['https://acme.eightfold.ai/careers?pid=563431234&domain=acme.com', 'https://acme.eightfold.ai/careers/job/563431234', '563431234'],
  ['https://acme.avature.net/careers/JobDetail/Senior-Analyst/8123', 'https://acme.avature.net/careers/ApplicationMethods?jobId=8123', '8123'],
  [
    'https://acme.pinpointhq.com/en/postings/5f0e6c7a-2b1d-4e8f-9a3c-1d2e3f4a5b6c',
    'https://acme.pinpointhq.com/en/postings/5f0e6c7a-2b1d-4e8f-9a3c-1d2e3f4a5b6c/applications/new',
    '5f0e6c7a-2b1d-4e8f-9a3c-1d2e3f4a5b6c',
  ],
  ['https://acme.softgarden.io/job/41234567/Elektroniker?l=de', 'https://acme.softgarden.io/applyonline/41234567', '41234567'],
];

describe('enterprise applicant-tracking systems', () => {
  for (const [posting, form, id] of SAME_JOB) {
    it(`gives the posting and its form one job id: ${new URL(posting).hostname}`, () => {
      const site = siteFor(new URL(posting));
      expect(site).not.toBeNull();
      expect(site!.jobId(new URL(posting))).toBe(id);
      expect(siteFor(new URL(form))?.id).toBe(site!.id);
      expect(site!.jobId(new URL(form))).toBe(id);
    });
  }

  it('keeps jobs of two Taleo Business Edition employers on one pod apart', () => {
    const site = siteFor(new URL('https://phh.tbe.taleo.net/'))!;
    const a = site.jobId(new URL('https://phh.tbe.taleo.net/phh01/ats/careers/v2/viewRequisition?org=ACME&cws=39&rid=48040'));
    const b = site.jobId(new URL('https://phh.tbe.taleo.net/phh01/ats/careers/v2/viewRequisition?org=GLOBEX&cws=1&rid=48040'));
    expect(a).not.toBe(b);
  });

  it.each([
    ['https://phh.tbe.taleo.net/phh01/ats/careers/v2/searchResults?org=ACME&cws=39', 'listing'],
    ['https://acme.taleo.net/careersection/ext/jobsearch.ftl?lang=en', 'listing'],
    ['https://career2.successfactors.eu/career?career_ns=job_listing_summary&company=acmeP', 'listing'],
    ['https://www.comeet.com/jobs/acme/A1.00C', 'listing'],
    ['https://acme.avature.net/careers/SearchJobs/?jobOffset=20', 'listing'],
    ['https://acme.eightfold.ai/careers?query=robotics&domain=acme.com', 'listing'],
    ['https://acme.taleo.net/careersection/2/jobapply.ftl?lang=en&job=2400123', 'application'],
    ['https://acme.taleo.net/careersection/2/flow.jsf?lang=en', 'application'],
    ['https://acme.softgarden.io/job/list', 'listing'],
    ['https://career2.successfactors.eu/career?career_ns=job_application&company=acmeP&career_job_req_id=12345', 'application'],
    // The Fusion suite's other apps on the same host are never job pages.
    ['https://acme.fa.us2.oraclecloud.com/fscmUI/faces/FuseWelcome', 'other'],
  ])('classifies %s as %s from its address', (url, kind) => {
    const doc = html('<main><h1>Jobs</h1><p>Search our open positions.</p></main>');
    expect(classifyPage(doc, url)).toBe(kind);
  });

  describe('UKG Pro inline job data', () => {
    const URL_ = 'https://recruiting.ultipro.com/ACM1000ACME/JobBoard/4c05f321-903e-43d5-a4c0-5d9dd55dc34d/OpportunityDetail?opportunityId=0b6f2b7e-1d3c-4a59-9e21-7f0c8a4d2e11';
    const page = (script: string) =>
      html(`<h1 class="opportunity-title">Shown Title</h1><footer><a data-automation="footer-text">© 2026 Globex LLC All rights reserved.</a></footer><script>${script}</script>`);

    it('reads strings with braces, quotes and escapes inside them as data', () => {
      const doc = page('x = new US.Opportunity.CandidateOpportunityDetail({"Title":"Lead {night} \\"ops\\" \\u0026 safety","Locations":[{"LocalizedName":"Reno, NV"}],"FullTime":false});');
      expect(detectPage(doc, URL_).job).toMatchObject({ title: 'Lead {night} "ops" & safety', location: 'Reno, NV', employmentType: 'Part time', company: 'Globex' });
    });

    it('falls back to the page when the script is not JSON, and runs nothing', () => {
      const doc = page('x = new US.Opportunity.CandidateOpportunityDetail({Title: alert(1), "Locations": [}');
      const { page: kind, job } = detectPage(doc, URL_);
      expect(kind).toBe('posting');
      expect(job).toMatchObject({ title: 'Shown Title', company: 'Globex' });
    });

    it('ignores a Title that is not text', () => {
      const doc = page('x = new US.Opportunity.CandidateOpportunityDetail({"Title":{"html":"<b>x</b>"}});');
      expect(detectPage(doc, URL_).job?.title).toBe('Shown Title');
    });
  });

  it('sees Oracle\'s "Thank you for your job application." banner as a confirmation, and My Applications without it as none', () => {
    const url = 'https://acme.fa.us2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1/my-profile';
    const banner = html('<div role="status"><h2>Thank you for your job application.</h2></div><h3>Active job applications</h3>');
    const plain = html('<h1>My Applications</h1><h3>Active job applications</h3><p>Robotics Software Engineer · Under Consideration</p>');
    expect(classifyPage(banner, url)).toBe('confirmation');
    expect(classifyPage(plain, url)).not.toBe('confirmation');
  });
});
