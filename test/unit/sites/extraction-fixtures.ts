/**
 * One fixture page per site (test/fixtures/sites/<host>/…), the address it stands for, and what the
 * site's reader must make of it. test/unit/sites/completeness.test.ts fails for a site folder with no
 * entry here; extraction.test.ts checks each entry.
 */
import type { JobDraft, PageKind } from '../../../src/core/types';

export interface ExtractionFixture {
  /** Under test/fixtures/sites. */
  file: string;
  url: string;
  page: PageKind;
  job: Partial<JobDraft>;
}

export const EXTRACTION_FIXTURES: readonly ExtractionFixture[] = [
  {
    file: 'workforcenow.adp.com/mascsr/default/mdf/recruitment/recruitment.html.html',
    url: 'https://workforcenow.adp.com/mascsr/default/mdf/recruitment/recruitment.html?cid=0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b&ccId=19000101_000001&type=MP&lang=en_US&jobId=512345',
    page: 'posting',
    job: { board: 'adp', jobId: '512345', title: 'Maintenance Planner', company: 'Acme Robotics', location: 'Charlotte, NC' },
  },
  {
    file: 'jobs.ashbyhq.com/acme/7c0e7e52-5b1a-4c2e-9d55-0a8f3f9e2b11/application.html',
    url: 'https://jobs.ashbyhq.com/acme/7c0e7e52-5b1a-4c2e-9d55-0a8f3f9e2b11/application',
    page: 'application',
    job: { board: 'ashby', jobId: '7c0e7e52-5b1a-4c2e-9d55-0a8f3f9e2b11', title: 'Staff Backend Engineer', company: 'Acme Robotics', location: 'Amsterdam', employmentType: 'Full time' },
  },
  {
    file: 'acme.avature.net/careers/JobDetail/Senior-Analyst/8123.html',
    url: 'https://acme.avature.net/careers/JobDetail/Senior-Analyst/8123',
    page: 'posting',
    job: { board: 'avature', jobId: '8123', title: 'Senior Analyst', company: 'Acme Robotics', location: 'London, United Kingdom' },
  },
  {
    file: 'acme.bamboohr.com/careers/123.html',
    url: 'https://acme.bamboohr.com/careers/123',
    // The form opens on the job page itself: the reader calls the page a posting.
    page: 'posting',
    job: { board: 'bamboohr', jobId: '123', title: 'Office Manager', company: 'Acme Robotics' },
  },
  {
    file: 'acme.breezy.hr/p/0b1c2d3e4f50-support-engineer.html',
    url: 'https://acme.breezy.hr/p/0b1c2d3e4f50-support-engineer',
    page: 'posting',
    job: { board: 'breezy', jobId: '0b1c2d3e4f50', title: 'Support Engineer', company: 'Acme', location: 'Porto, Portugal', employmentType: 'Full-Time' },
  },
  {
    file: 'www.comeet.com/jobs/acme/A1.00C/senior-backend-engineer/2B.A3F.html',
    url: 'https://www.comeet.com/jobs/acme/A1.00C/senior-backend-engineer/2B.A3F',
    // The form sits under the description: the reader calls the page a posting.
    page: 'posting',
    job: { board: 'comeet', jobId: '2B.A3F', title: 'Senior Backend Engineer', company: 'Acme Robotics', location: 'Tel Aviv-Yafo, Israel' },
  },
  {
    file: 'jobs.dayforcehcm.com/en-US/acme/CANDIDATEPORTAL/jobs/4467.html',
    url: 'https://jobs.dayforcehcm.com/en-US/acme/CANDIDATEPORTAL/jobs/4467',
    page: 'posting',
    job: { board: 'dayforce', jobId: 'acme-4467', title: 'Forklift Operator', company: 'Acme Robotics', location: 'Toronto, ON' },
  },
  {
    file: 'www.dice.com/job-detail/4f1d2c3b-5a6e-4b7c-8d9e-0a1b2c3d4e5f.html',
    url: 'https://www.dice.com/job-detail/4f1d2c3b-5a6e-4b7c-8d9e-0a1b2c3d4e5f',
    page: 'posting',
    job: { board: 'dice', jobId: '4f1d2c3b-5a6e-4b7c-8d9e-0a1b2c3d4e5f', title: 'Senior Python Developer', company: 'Acme Robotics', location: 'Austin, TX' },
  },
  {
    file: 'www.dice.com/job-detail/7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d.html',
    url: 'https://www.dice.com/job-detail/7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d',
    // "Apply Now" leaves for the employer's Greenhouse board (the record keeps it: SiteReader.applyUrl).
    page: 'posting',
    job: { board: 'dice', jobId: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d', title: 'Data Platform Engineer', company: 'Northwind Analytics', location: 'Remote' },
  },
  {
    file: 'www.dice.com/job-applications/4f1d2c3b-5a6e-4b7c-8d9e-0a1b2c3d4e5f/wizard.html',
    url: 'https://www.dice.com/job-applications/4f1d2c3b-5a6e-4b7c-8d9e-0a1b2c3d4e5f/wizard',
    // The Easy Apply wizard carries the posting's id, so the application lands on the posting's record.
    page: 'application',
    job: { board: 'dice', jobId: '4f1d2c3b-5a6e-4b7c-8d9e-0a1b2c3d4e5f', title: 'Senior Python Developer', company: 'Acme Robotics', location: 'Austin, TX' },
  },
  {
    file: 'app.dover.com/apply/acme-robotics/2b7c4d5e-6f70-4812-9a3b-4c5d6e7f8091.html',
    url: 'https://app.dover.com/apply/acme-robotics/2b7c4d5e-6f70-4812-9a3b-4c5d6e7f8091',
    page: 'application',
    job: { board: 'dover', jobId: '2b7c4d5e-6f70-4812-9a3b-4c5d6e7f8091', title: 'Founding Firmware Engineer', company: 'Acme Robotics', location: 'San Francisco, CA' },
  },
  {
    file: 'acme.eightfold.ai/careers.html',
    url: 'https://acme.eightfold.ai/careers?query=robotics&pid=563431234&domain=acme.com',
    page: 'application',
    job: { board: 'eightfold', jobId: '563431234', title: 'Robotics Software Engineer', company: 'Acme Robotics', location: 'Austin, TX' },
  },
  {
    file: 'jobs.gem.com/acme-robotics/am9icG9zdDpAcmVib3VuZC1maXh0dXJl.html',
    url: 'https://jobs.gem.com/acme-robotics/am9icG9zdDpAcmVib3VuZC1maXh0dXJl',
    // The form has no <form> element; the company is named only in the address.
    page: 'application',
    job: { board: 'gem', jobId: 'am9icG9zdDpAcmVib3VuZC1maXh0dXJl', title: 'Robotics Software Engineer', company: 'Acme Robotics' },
  },
  {
    file: 'www.glassdoor.com/job-listing/robotics-technician-acme-robotics-JV_IC1147401_KO0,19_KE20,33.htm.html',
    url: 'https://www.glassdoor.com/job-listing/robotics-technician-acme-robotics-JV_IC1147401_KO0,19_KE20,33.htm?jl=1009012345',
    page: 'posting',
    job: { board: 'glassdoor', jobId: '1009012345', title: 'Robotics Technician' },
  },
  {
    file: 'boards.greenhouse.io/northwind/jobs/5550001.html',
    url: 'https://boards.greenhouse.io/northwind/jobs/5550001',
    page: 'posting',
    job: { board: 'greenhouse', jobId: '5550001', title: 'Senior Product Designer', company: 'Northwind Labs', location: 'Lisbon, Portugal', salary: 'EUR 60,000–75,000 / year' },
  },
  {
    file: 'careers-acme.icims.com/jobs/12345/test-engineer/job.html',
    url: 'https://careers-acme.icims.com/jobs/12345/test-engineer/job',
    page: 'posting',
    job: { board: 'icims', jobId: '12345', title: 'Test Engineer' },
  },
  {
    file: 'www.indeed.com/viewjob.html',
    url: 'https://www.indeed.com/viewjob?jk=0a1b2c3d4e5f6789',
    page: 'posting',
    job: { board: 'indeed', jobId: '0a1b2c3d4e5f6789', title: 'Warehouse Robotics Technician', company: 'Acme Robotics', location: 'Munich, Bavaria' },
  },
  {
    file: 'acme.applytojob.com/apply/Xk3pQ9LmZa/Hardware-Test-Engineer.html',
    url: 'https://acme.applytojob.com/apply/Xk3pQ9LmZa/Hardware-Test-Engineer',
    // The legacy template: no JobPosting data, the form on the posting page.
    page: 'application',
    job: { board: 'jazzhr', jobId: 'Xk3pQ9LmZa', title: 'Hardware Test Engineer', company: 'Acme Robotics', location: 'Boston, MA', employmentType: 'Full Time' },
  },
  {
    file: 'jobs.jobvite.com/acme/job/oAbc123XYZ.html',
    url: 'https://jobs.jobvite.com/acme/job/oAbc123XYZ',
    page: 'posting',
    job: { board: 'jobvite', jobId: 'oAbc123XYZ', title: 'Robot Trainer', company: 'Acme Robotics' },
  },
  {
    file: 'join.com/companies/acme-robotics/11223344-embedded-software-engineer/apply.html',
    url: 'https://join.com/companies/acme-robotics/11223344-embedded-software-engineer/apply',
    page: 'application',
    job: { board: 'join', jobId: '11223344', title: 'Embedded Software Engineer (m/w/d)', company: 'Acme Robotics', location: 'Berlin', employmentType: 'Vollzeit' },
  },
  {
    file: 'jobs.lever.co/acme/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0/index.html',
    url: 'https://jobs.lever.co/acme/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0',
    page: 'posting',
    job: { board: 'lever', jobId: '0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0', title: 'Product Designer', company: 'Acme Robotics', location: 'Lisbon, Portugal', employmentType: 'Full-time', workMode: 'hybrid' },
  },
  {
    file: 'www.linkedin.com/jobs/view/3912345678/index.html',
    url: 'https://www.linkedin.com/jobs/view/3912345678/',
    page: 'posting',
    job: { board: 'linkedin', jobId: '3912345678', title: 'Machine Learning Engineer', company: 'Acme Robotics', location: 'Zurich, Switzerland' },
  },
  {
    file: 'www.naukri.com/job-listings-embedded-software-engineer-acme-robotics-bengaluru-3-to-6-years-040125012345.html',
    url: 'https://www.naukri.com/job-listings-embedded-software-engineer-acme-robotics-bengaluru-3-to-6-years-040125012345',
    page: 'posting',
    job: { board: 'naukri', jobId: '040125012345', title: 'Embedded Software Engineer', company: 'Acme Robotics', location: 'Bengaluru', salary: '10-15 Lacs P.A.' },
  },
  {
    file: 'acme.fa.us2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1/job/12345.html',
    url: 'https://acme.fa.us2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1/job/12345',
    page: 'posting',
    job: { board: 'oracle', jobId: '12345', title: 'Robotics Software Engineer', company: 'Acme Robotics', location: 'Eindhoven, North Brabant, Netherlands' },
  },
  {
    file: 'acme.jobs.personio.de/job/1234567.html',
    url: 'https://acme.jobs.personio.de/job/1234567',
    page: 'posting',
    job: { board: 'personio', jobId: '1234567', title: 'Electronics Technician', company: 'Acme Robotics' },
  },
  {
    file: 'acme.pinpointhq.com/en/postings/5f0e6c7a-2b1d-4e8f-9a3c-1d2e3f4a5b6c/applications/new.html',
    url: 'https://acme.pinpointhq.com/en/postings/5f0e6c7a-2b1d-4e8f-9a3c-1d2e3f4a5b6c/applications/new',
    page: 'application',
    job: { board: 'pinpoint', jobId: '5f0e6c7a-2b1d-4e8f-9a3c-1d2e3f4a5b6c', title: 'Customer Success Manager', company: 'Acme Robotics', location: 'Leeds, United Kingdom' },
  },
  {
    file: 'acme.recruitee.com/o/hardware-engineer.html',
    url: 'https://acme.recruitee.com/o/hardware-engineer',
    page: 'posting',
    job: { board: 'recruitee', jobId: 'hardware-engineer', title: 'Hardware Engineer', company: 'Acme Robotics' },
  },
  {
    file: 'www.reed.co.uk/jobs/warehouse-team-leader/51234567.html',
    url: 'https://www.reed.co.uk/jobs/warehouse-team-leader/51234567',
    page: 'posting',
    job: { board: 'reed', jobId: '51234567', title: 'Warehouse Team Leader', company: 'Acme Logistics', location: 'Leeds', salary: '£32,000 - £36,000 per annum' },
  },
  {
    file: 'ats.rippling.com/acme-robotics/jobs/5e0c7a1b-2d3f-4a5b-8c9d-0e1f2a3b4c5d/apply.html',
    url: 'https://ats.rippling.com/acme-robotics/jobs/5e0c7a1b-2d3f-4a5b-8c9d-0e1f2a3b4c5d/apply',
    page: 'application',
    job: { board: 'rippling', jobId: '5e0c7a1b-2d3f-4a5b-8c9d-0e1f2a3b4c5d', title: 'Field Robotics Engineer', company: 'Acme Robotics', location: 'Denver, CO' },
  },
  {
    file: 'www.seek.com.au/job/81234567/apply.html',
    url: 'https://www.seek.com.au/job/81234567/apply',
    page: 'application',
    job: { board: 'seek', jobId: '81234567', title: 'Warehouse Team Leader', company: 'Acme Logistics', location: 'Parramatta NSW', employmentType: 'Full time', salary: '$75,000 – $85,000 per year' },
  },
  {
    file: 'jobs.smartrecruiters.com/AcmeRobotics/743999912345678-field-service-engineer.html',
    url: 'https://jobs.smartrecruiters.com/AcmeRobotics/743999912345678-field-service-engineer',
    page: 'posting',
    job: { board: 'smartrecruiters', jobId: '743999912345678', title: 'Field Service Engineer', company: 'Acme Robotics' },
  },
  {
    file: 'acme.softgarden.io/job/41234567.html',
    url: 'https://acme.softgarden.io/job/41234567?jobDbPVId=123456&l=de',
    page: 'posting',
    job: { board: 'softgarden', jobId: '41234567', title: 'Elektroniker (m/w/d)', company: 'Acme Robotik', location: 'Stuttgart' },
  },
  {
    file: 'www.stepstone.de/stellenangebote--Embedded-Softwareentwickler-m-w-d-Muenchen-Acme-Robotics-GmbH--13904121-inline.html.html',
    url: 'https://www.stepstone.de/stellenangebote--Embedded-Softwareentwickler-m-w-d-Muenchen-Acme-Robotics-GmbH--13904121-inline.html',
    page: 'posting',
    job: { board: 'stepstone', jobId: '13904121', title: 'Embedded Softwareentwickler (m/w/d)', company: 'Acme Robotics', location: 'München', employmentType: 'Feste Anstellung' },
  },
  {
    file: 'career2.successfactors.eu/career.html',
    url: 'https://career2.successfactors.eu/career?career_ns=job_listing&company=acmeP&navBarLevel=JOB_SEARCH&career_job_req_id=12345',
    page: 'posting',
    job: { board: 'successfactors', jobId: '12345', title: 'Quality Engineer', company: 'Acme Robotics', location: 'Munich, DE' },
  },
  {
    file: 'acme.taleo.net/careersection/ext/jobdetail.ftl.html',
    url: 'https://acme.taleo.net/careersection/ext/jobdetail.ftl?job=2400123&lang=en',
    page: 'posting',
    job: { board: 'taleo', jobId: '2400123', title: 'Field Service Technician' },
  },
  {
    file: 'phh.tbe.taleo.net/phh01/ats/careers/v2/viewRequisition.html',
    url: 'https://phh.tbe.taleo.net/phh01/ats/careers/v2/viewRequisition?org=ACMEROBO&cws=39&rid=48123',
    page: 'posting',
    job: { board: 'taleo', jobId: 'ACMEROBO-48123', title: 'Service Desk Analyst', company: 'Acme Robotics', location: 'Troy, MI' },
  },
  {
    file: 'acme.teamtailor.com/jobs/6360832-robotics-intern/applications/new.html',
    url: 'https://acme.teamtailor.com/jobs/6360832-robotics-intern/applications/new',
    page: 'application',
    job: { board: 'teamtailor', jobId: '6360832', title: 'Robotics Intern', company: 'Acme Robotics' },
  },
  {
    file: 'recruiting.ultipro.com/ACM1000ACME/JobBoard/4c05f321-903e-43d5-a4c0-5d9dd55dc34d/OpportunityDetail.html',
    url: 'https://recruiting.ultipro.com/ACM1000ACME/JobBoard/4c05f321-903e-43d5-a4c0-5d9dd55dc34d/OpportunityDetail?opportunityId=0b6f2b7e-1d3c-4a59-9e21-7f0c8a4d2e11',
    // The job is only in an inline script; the employer only in the footer.
    page: 'posting',
    job: { board: 'ukgpro', jobId: '0b6f2b7e-1d3c-4a59-9e21-7f0c8a4d2e11', title: 'Warehouse Automation Lead & Trainer', company: 'Acme Robotics', location: 'Reno, NV', employmentType: 'Full time' },
  },
  {
    file: 'www.welcometothejungle.com/fr/companies/acme-robotics/jobs/ingenieur-logiciel-embarque_lyon.html',
    url: 'https://www.welcometothejungle.com/fr/companies/acme-robotics/jobs/ingenieur-logiciel-embarque_lyon',
    page: 'posting',
    job: { board: 'welcometothejungle', jobId: 'acme-robotics/ingenieur-logiciel-embarque_lyon', title: 'Ingénieur logiciel embarqué', company: 'Acme Robotics', location: 'Lyon', employmentType: 'CDI' },
  },
  {
    file: 'wellfound.com/jobs/2845678-senior-backend-engineer.html',
    url: 'https://wellfound.com/jobs/2845678-senior-backend-engineer',
    page: 'posting',
    job: { board: 'wellfound', jobId: '2845678', title: 'Senior Backend Engineer', company: 'Acme Robotics' },
  },
  {
    file: 'apply.workable.com/acme/j/20E78CBA92/index.html',
    url: 'https://apply.workable.com/acme/j/20E78CBA92/',
    page: 'application',
    job: { board: 'workable', jobId: '20E78CBA92', title: 'Operations Lead', company: 'Acme Robotics', location: 'Dublin, Ireland' },
  },
  {
    file: 'acme.wd5.myworkdayjobs.com/en-US/External/job/Remote-USA/Senior-Data-Engineer_JR12345/index.html',
    url: 'https://acme.wd5.myworkdayjobs.com/en-US/External/job/Remote-USA/Senior-Data-Engineer_JR12345',
    page: 'posting',
    job: { board: 'workday', jobId: 'JR12345', title: 'Senior Data Engineer', company: 'Acme Robotics', location: 'Remote, USA', employmentType: 'Full time', workMode: 'remote' },
  },
  {
    file: 'www.ziprecruiter.com/c/Acme-Robotics/Job/Robotics-Technician/-in-Austin,TX.html',
    url: 'https://www.ziprecruiter.com/c/Acme-Robotics/Job/Robotics-Technician/-in-Austin,TX?jid=8a9b0c1d2e3f4a5b',
    page: 'posting',
    job: { board: 'ziprecruiter', jobId: '8a9b0c1d2e3f4a5b', title: 'Robotics Technician', company: 'Acme Robotics', location: 'Austin, TX' },
  },
];
