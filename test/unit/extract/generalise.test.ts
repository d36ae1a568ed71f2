/**
 * Shapes found on real job pages outside the evaluation corpus. Each fixture is a small page written
 * for the test, modelled on the markup those pages use (never a copy of one).
 */
import { describe, expect, it } from 'vitest';
import { classifyPage } from '../../../src/core/extract/classify';
import { detectPage } from '../../../src/core/extract/index';
import { parseTitle } from '../../../src/core/extract/title-parse';
import { html } from './load';

/** An employer's own job page that embeds Greenhouse: no JobPosting, only the gh_jid in the URL. */
const EMPLOYER_GH_PAGE = `<html><head><title>Harbour Pilot Coordinator | Tidewater Games</title>
  <meta property="og:site_name" content="Tidewater Games">
  <script type="application/ld+json">{"@type":"WebPage","name":"Harbour Pilot Coordinator"}</script></head>
  <body><main><div class="page-header"><span>Operations</span><h1 class="page-header__heading">Harbour Pilot Coordinator</h1>
  <div class="page-header__subheading">Lisbon, Portugal</div></div>
  <div class="prose"><p>We make games about boats.</p><h2>Responsibilities:</h2><ul><li>Plan crossings</li></ul></div>
  <div class="apply-form"><button type="button"><span>Apply</span></button><div id="grnhse_app"></div></div></main></body></html>`;

describe('Greenhouse jobs on an employer site (?gh_jid=)', () => {
  const url = 'https://www.tidewater.example/en/work-with-us/job/5550001?gh_jid=5550001';

  it('is a posting, with the site name as the employer, kept as a web page (no Greenhouse job key)', () => {
    const { page, job } = detectPage(html(EMPLOYER_GH_PAGE), url);
    expect(page).toBe('posting');
    // Any page can put ?gh_jid= in its address: only Greenhouse's own hosts claim "greenhouse:<id>".
    expect(job).toMatchObject({ title: 'Harbour Pilot Coordinator', company: 'Tidewater Games', board: 'web', jobId: '' });
  });

  it('is an application once the Greenhouse form is embedded', () => {
    const doc = html(EMPLOYER_GH_PAGE.replace('<div id="grnhse_app"></div>', '<iframe id="grnhse_iframe" src="https://job-boards.greenhouse.io/embed/job_app?for=tidewater&token=5550001"></iframe>'));
    expect(classifyPage(doc, url)).toBe('application');
  });

  it('needs the job id: the same page without it says too little to be a posting', () => {
    expect(classifyPage(html(EMPLOYER_GH_PAGE), 'https://www.tidewater.example/en/work-with-us/job/5550001')).toBe('other');
  });

  it('counts "Required Qualifications" as a job section, as it does "Minimum Qualifications"', () => {
    const doc = html(EMPLOYER_GH_PAGE.replace('</ul></div>', '</ul><h2>Required Qualifications:</h2><ul><li>Sea legs</li></ul></div>'));
    expect(classifyPage(doc, 'https://www.tidewater.example/en/work-with-us/job/5550001')).toBe('posting');
  });
});

describe('Workday server HTML (JSON-LD before the app renders)', () => {
  const page = `<html><head><title></title><script type="application/ld+json">{"@context":"http://schema.org","@type":"JobPosting",
    "title":"Harbour Analyst","hiringOrganization":{"@type":"Organization","name":"Contoso Maritime GmbH"},
    "jobLocation":{"@type":"Place","address":{"@type":"PostalAddress","addressLocality":"EMEA - Germany - Hamburg","addressCountry":"Germany"}}}</script>
    </head><body><div id="root"></div></body></html>`;

  it('names the employer from hiringOrganization, as people say it: the brand the tenant host names, not the legal entity', () => {
    const { job } = detectPage(html(page), 'https://contoso.wd3.myworkdayjobs.com/en-US/Ext/job/Hamburg/Harbour-Analyst_R-1234');
    expect(job).toMatchObject({ title: 'Harbour Analyst', company: 'Contoso', board: 'workday', jobId: 'R-1234' });
  });

  it('still falls back to the tenant name when nothing else names the employer', () => {
    const { job } = detectPage(html('<h2 data-automation-id="jobPostingHeader">Harbour Analyst</h2>'), 'https://contoso.wd3.myworkdayjobs.com/en-US/Ext/job/Hamburg/Harbour-Analyst_R-1234');
    expect(job?.company).toBe('Contoso');
  });
});

describe('iCIMS job pages', () => {
  const page = `<html><head><title>Valve Technician - Night Shift (2027) in Tulsa, Oklahoma | Careers at Tulsa, OK</title></head><body>
    <div class="iCIMS_JobContent"><h1 class="iCIMS_Header">Valve Technician - Night Shift (2027)</h1>
    <dl class="iCIMS_JobHeaderGroup">
      <div class="iCIMS_JobHeaderTag"><dt class="iCIMS_JobHeaderField"><span class="sr-only field-label">City</span></dt><dd class="iCIMS_JobHeaderData"><span> Tulsa</span></dd></div>
      <div class="iCIMS_JobHeaderTag"><dt class="iCIMS_JobHeaderField"><span class="sr-only field-label">State</span></dt><dd class="iCIMS_JobHeaderData"><span> OK</span></dd></div>
      <div class="iCIMS_JobHeaderTag"><dt class="iCIMS_JobHeaderField">Type</dt><dd class="iCIMS_JobHeaderData"><span> Full Time</span></dd></div>
    </dl>
    <h2 class="iCIMS_InfoMsg iCIMS_InfoField_Job"><span>Overview</span></h2><div>Fix valves.</div>
    <h2 class="iCIMS_InfoMsg iCIMS_InfoField_Job"><span>About Fabrikam Pipeworks</span></h2><div>We build pipes.</div></div></body></html>`;

  it('reads place and type from the header fields and the employer from its "About" section', () => {
    const { page: kind, job } = detectPage(html(page), 'https://careers-fabrikam.icims.com/jobs/4521/valve-technician/job');
    expect(kind).toBe('posting');
    expect(job).toMatchObject({ title: 'Valve Technician - Night Shift (2027)', company: 'Fabrikam Pipeworks', location: 'Tulsa, OK', employmentType: 'Full Time' });
  });

  it('calls the search route a listing', () => {
    expect(classifyPage(html('<div class="iCIMS_JobsTable"></div>'), 'https://careers-fabrikam.icims.com/jobs/search?ss=1&in_iframe=1')).toBe('listing');
  });
});

describe('page titles whose heading holds a separator', () => {
  it.each([
    ['Valve Technician - Night Shift in Tulsa, Oklahoma | Careers at Fabrikam', 'Valve Technician - Night Shift', 'Fabrikam'],
    ['Valve Technician - Night Shift - Fabrikam', 'Valve Technician - Night Shift', 'Fabrikam'],
    ['Valve Technician - Night Shift | Jobs at Fabrikam Pipeworks', 'Valve Technician - Night Shift', 'Fabrikam Pipeworks'],
  ])('%s', (title, heading, company) => {
    expect(parseTitle(title, 'careers.example', heading)).toEqual({ title: heading, company });
  });

  it('leaves headings without a separator to the segment rules', () => {
    expect(parseTitle('Fabrikam - Valve Technician', 'jobs.lever.co', 'Valve Technician')).toEqual({ title: 'Valve Technician', company: 'Fabrikam' });
  });
});

describe('Jobvite company boards', () => {
  it.each([
    ['https://jobs.jobvite.com/fabrikam/jobs', 'listing'],
    ['https://jobs.jobvite.com/fabrikam', 'listing'],
    ['https://jobs.jobvite.com/fabrikam/job/oAbc123x', 'posting'],
  ])('%s → %s', (url, kind) => {
    expect(classifyPage(html('<table><tr><td><a href="/fabrikam/job/oAbc123x">Valve Technician</a></td></tr></table>'), url)).toBe(kind);
  });

  it('leaves the vendor site alone', () => {
    expect(classifyPage(html('<h1>Pricing</h1>'), 'https://www.jobvite.com/pricing')).not.toBe('listing');
  });
});
