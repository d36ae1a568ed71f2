import { describe, expect, it } from 'vitest';
import { extractJob } from '../../../src/core/extract/index';
import { html } from '../extract/load';

describe('LinkedIn signed-in page without stable class names', () => {
  it('reads the place from the top card line "<place> · <age> · <applicants>"', () => {
    const doc = html(`<title>Junior Analyst | Harbourline | LinkedIn</title><main>
      <p class="_a1 _b2"><a href="https://www.linkedin.com/company/harbourline/">Harbourline</a></p>
      <p class="_c3">Junior Analyst</p>
      <p class="_d4"><span>Rotterdam, South Holland, Netherlands</span> · <span>3 days ago</span> · <span>Over 100 people clicked apply</span></p>
      <p>Applied on company site</p><p>1 day ago</p></main>`);
    const job = extractJob(doc, 'https://www.linkedin.com/jobs/view/4000000001/');
    expect(job).toMatchObject({ title: 'Junior Analyst', company: 'Harbourline', location: 'Rotterdam, South Holland, Netherlands' });
  });

  it('takes no line whose second part is not an age', () => {
    const doc = html(`<title>Junior Analyst | Harbourline | LinkedIn</title><p><span>Rotterdam</span> · <span>Full-time</span></p>`);
    expect(extractJob(doc, 'https://www.linkedin.com/jobs/view/4000000001/').location).toBe('');
  });
});

describe('Personio application page', () => {
  it('reads the place from the job header above the form and the employer from the logo, not "Jobs bei …"', () => {
    const doc = html(`<title>Lagerist (m/w/d) | Jobs bei alpenkaese.ch</title>
      <header role="banner"><div class="Header_logo__x logo-wrapper"><a href="#" aria-label="alpenkaese.ch" class="logo-wrapper"></a></div></header>
      <main><div class="ApplyForm_jobHeader__y"><h1>Lagerist (m/w/d)</h1>
      <div class="JobAttributes_jobMetaItem__z JobAttributes_jobMetaItemLocation__q"><span><span class="TruncatedLocations_locationText__r">Bern (Depot Nord), Remote</span></span></div>
      <div class="JobAttributes_jobMetaItem__z"><span>Vollzeit</span></div></div></main>`);
    const job = extractJob(doc, 'https://alpenkaese-ch.jobs.personio.de/job/998877/apply?language=de');
    expect(job).toMatchObject({ title: 'Lagerist (m/w/d)', company: 'alpenkaese.ch', location: 'Bern (Depot Nord), Remote', jobId: '998877' });
  });

  it('without a logo label, the document title loses its "Jobs bei" prefix', () => {
    const doc = html(`<title>Lagerist (m/w/d) | Jobs bei alpenkaese.ch</title><h1>Lagerist (m/w/d)</h1>`);
    expect(extractJob(doc, 'https://alpenkaese-ch.jobs.personio.de/job/998877').company).toBe('alpenkaese.ch');
  });
});
