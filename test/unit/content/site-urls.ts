/**
 * Example addresses per site: each must (or must not) make the content script load the agent. Kept
 * beside the site tables' test so a new site cannot be added without its examples.
 */
export const SITE_URLS: Record<string, { must: string[]; mustNot: string[] }> = {
  linkedin: {
    must: [
      'https://www.linkedin.com/jobs/view/3912345678/',
      'https://www.linkedin.com/jobs/view/3912345678/?refId=abc&trackingId=xyz',
      'https://www.linkedin.com/jobs/search/?currentJobId=3912345678&keywords=engineer',
      'https://www.linkedin.com/jobs/search/?keywords=engineer&currentJobId=3912345678',
      'https://www.linkedin.com/jobs/collections/recommended/?currentJobId=3912345678',
    ],
    mustNot: [
      'https://www.linkedin.com/jobs/',
      'https://www.linkedin.com/jobs/search/?keywords=engineer',
      'https://www.linkedin.com/jobs/collections/recommended/',
      'https://www.linkedin.com/company/acme/',
      'https://www.linkedin.com/pulse/how-i-got-my-job-someone/',
    ],
  },
  indeed: {
    must: [
      'https://www.indeed.com/viewjob?jk=0a1b2c3d4e5f6789',
      'https://uk.indeed.com/viewjob?jk=0a1b2c3d4e5f6789&from=serp',
      'https://www.indeed.com/jobs?q=python&l=Remote&vjk=0a1b2c3d4e5f6789',
      'https://smartapply.indeed.com/beta/indeedapply/form/contact-info',
      'https://smartapply.indeed.com/beta/indeedapply/form/review',
      'https://smartapply.indeed.com/beta/indeedapply/form/post-apply',
      'https://smartapply.indeed.com/beta/indeedapply/post-apply',
    ],
    mustNot: [
      'https://www.indeed.com/',
      'https://www.indeed.com/jobs?q=python&l=Remote',
      'https://www.indeed.com/career-advice/resumes-cover-letters/how-to-write-a-resume',
      'https://www.indeed.com/cmp/Acme/reviews',
    ],
  },
  glassdoor: {
    must: [
      'https://www.glassdoor.com/job-listing/senior-engineer-acme-JV_IC1147401_KO0,15_KE16,20.htm?jl=1009012345',
      'https://www.glassdoor.com/Job/new-york-engineer-jobs-SRCH_IL.0,8_IC1132348_KO9,17.htm?jl=1009012345',
      'https://www.glassdoor.com/partner/jobListing.htm?pos=101&jobListingId=1009012345',
    ],
    mustNot: [
      'https://www.glassdoor.com/Job/new-york-engineer-jobs-SRCH_IL.0,8_IC1132348_KO9,17.htm',
      'https://www.glassdoor.com/Reviews/Acme-Reviews-E12345.htm',
      'https://www.glassdoor.com/Salaries/engineer-salary-SRCH_KO0,8.htm',
    ],
  },
  wellfound: {
    must: ['https://wellfound.com/jobs/2845678-senior-backend-engineer', 'https://wellfound.com/company/acme/jobs/2845678-senior-backend-engineer'],
    mustNot: ['https://wellfound.com/jobs', 'https://wellfound.com/company/acme', 'https://wellfound.com/role/r/software-engineer'],
  },
  greenhouse: {
    must: [
      'https://boards.greenhouse.io/acme/jobs/4012345',
      'https://job-boards.greenhouse.io/acme/jobs/4012345?gh_src=abc',
      'https://job-boards.eu.greenhouse.io/acme/jobs/4012345',
      'https://job-boards.greenhouse.io/acme/jobs/4012345/confirmation',
      'https://job-boards.greenhouse.io/embed/job_app?for=acme&token=4012345',
      'https://job-boards.greenhouse.io/embed/job_app/confirmation?for=acme&token=4012345',
    ],
    mustNot: [
      'https://job-boards.greenhouse.io/acme',
      'https://boards.greenhouse.io/acme?t=123',
      'https://boards.greenhouse.io/embed/job_board?for=acme',
      'https://www.greenhouse.io/blog/hiring-tips',
    ],
  },
  lever: {
    must: [
      'https://jobs.lever.co/acme/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0',
      'https://jobs.lever.co/acme/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0/apply',
      'https://jobs.lever.co/acme/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0/thanks',
      'https://jobs.eu.lever.co/acme/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0',
    ],
    mustNot: ['https://jobs.lever.co/acme', 'https://jobs.lever.co/acme?team=Engineering', 'https://www.lever.co/blog/'],
  },
  ashby: {
    must: [
      'https://jobs.ashbyhq.com/acme/7c0e7e52-5b1a-4c2e-9d55-0a8f3f9e2b11',
      'https://jobs.ashbyhq.com/acme/7c0e7e52-5b1a-4c2e-9d55-0a8f3f9e2b11/application',
    ],
    mustNot: ['https://jobs.ashbyhq.com/acme', 'https://jobs.ashbyhq.com/acme?departmentId=abc'],
  },
  workday: {
    must: [
      'https://acme.wd5.myworkdayjobs.com/en-US/External/job/Remote-USA/Senior-Engineer_JR12345',
      'https://acme.wd5.myworkdayjobs.com/en-US/External/job/Remote-USA/Senior-Engineer_JR12345/apply/applyManually',
      'https://wd1.myworkdaysite.com/recruiting/acme/External/job/Santa-Clara-CA/Senior-Engineer_JR12345',
      'https://acme.wd1.myworkdayjobs.com/External/details/Senior-Engineer_JR12345',
    ],
    mustNot: [
      'https://acme.wd5.myworkdayjobs.com/en-US/External',
      'https://acme.wd5.myworkdayjobs.com/en-US/External/userHome',
      'https://acme.wd5.myworkdayjobs.com/en-US/External?q=engineer',
    ],
  },
  smartrecruiters: {
    must: [
      'https://jobs.smartrecruiters.com/Acme/743999912345678-senior-engineer',
      'https://jobs.smartrecruiters.com/oneclick-ui/company/Acme/publication/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0?dcr_ci=Acme',
    ],
    mustNot: ['https://jobs.smartrecruiters.com/Acme', 'https://jobs.smartrecruiters.com/?keyword=engineer'],
  },
  icims: {
    must: [
      'https://careers-acme.icims.com/jobs/12345/senior-engineer/job',
      'https://careers-acme.icims.com/jobs/12345/senior-engineer/job?in_iframe=1',
      'https://careers-acme.icims.com/jobs/12345/senior-engineer/candidate?from=login',
    ],
    mustNot: ['https://careers-acme.icims.com/jobs/search?ss=1', 'https://careers-acme.icims.com/jobs/intro', 'https://www.icims.com/'],
  },
  workable: {
    must: [
      'https://apply.workable.com/acme/j/20E78CBA92/',
      'https://apply.workable.com/acme/j/20E78CBA92/apply/',
      'https://apply.workable.com/acme/j/20E78CBA92/apply/?success',
    ],
    mustNot: ['https://apply.workable.com/acme/', 'https://apply.workable.com/acme/?lng=en'],
  },
  jobvite: {
    must: [
      'https://jobs.jobvite.com/acme/job/oAbc123XYZ',
      'https://jobs.jobvite.com/acme/job/oAbc123XYZ/apply',
      'https://jobs.jobvite.com/acme/job/oAbc123XYZ/applyConfirmation',
    ],
    mustNot: ['https://jobs.jobvite.com/acme/jobs', 'https://jobs.jobvite.com/acme'],
  },
  bamboohr: {
    must: ['https://acme.bamboohr.com/careers/123', 'https://acme.bamboohr.com/jobs/view.php?id=123'],
    mustNot: ['https://acme.bamboohr.com/careers', 'https://acme.bamboohr.com/careers/', 'https://www.bamboohr.com/pricing'],
  },
  teamtailor: {
    must: ['https://acme.teamtailor.com/jobs/6360832-internship', 'https://acme.teamtailor.com/jobs/6360832-internship/applications/new'],
    mustNot: ['https://acme.teamtailor.com/jobs', 'https://acme.teamtailor.com/', 'https://acme.teamtailor.com/people'],
  },
  recruitee: {
    must: ['https://acme.recruitee.com/o/senior-engineer', 'https://acme.recruitee.com/o/senior-engineer/c/new'],
    mustNot: ['https://acme.recruitee.com/', 'https://acme.recruitee.com/?department=eng'],
  },
  breezy: {
    must: ['https://acme.breezy.hr/p/0b1c2d3e4f50-senior-engineer', 'https://acme.breezy.hr/p/0b1c2d3e4f50-senior-engineer/apply'],
    mustNot: ['https://acme.breezy.hr/', 'https://acme.breezy.hr/?'],
  },
  personio: {
    must: ['https://acme.jobs.personio.de/job/1234567?language=en', 'https://acme.jobs.personio.com/job/1234567/apply'],
    mustNot: ['https://acme.jobs.personio.de/', 'https://acme.jobs.personio.de/?language=en'],
  },
};
