import { describe, expect, it } from 'vitest';
import { inlineScriptJob } from '../../../src/core/extract/inline-job';
import { detectPage } from '../../../src/core/extract/index';
import { html } from './load';

/** A template page: the job exists only as the argument to the page's own view model. */
const opportunity = (fields: string) =>
  `<script>
    $(function () {
      var view = new Acme.Recruiting.OpportunityView(${fields});
      view.render(function (x) { return { "Title": x }; });
    });
  </script>`;

const BAKER = `{"Id":"9f1c","Title":"Head Baker \\u0026 Pastry Lead","FullTime":true,"JobCategoryName":"Kitchen",
  "Locations":[{"LocalizedName":"Lyon (On-site)","Address":{"City":"Lyon","Country":{"Name":"France"}}}],
  "RequisitionNumber":"KIT-0042","Description":"\\u003cp\\u003eBake bread at dawn.\\u003c/p\\u003e"}`;

describe('job data in an inline script', () => {
  it('reads the one job object a template page hands to its own code', () => {
    expect(inlineScriptJob(html(`<title></title>${opportunity(BAKER)}`))).toEqual({
      title: 'Head Baker & Pastry Lead',
      company: '',
      location: 'Lyon (On-site)',
      employmentType: 'Full-time',
      description: 'Bake bread at dawn.',
    });
  });

  it('makes such a page a posting, with the employer from a footer that links to its own site', () => {
    const doc = html(`<div data-bind="text: Title"></div>${opportunity(BAKER)}
      <footer><a href="https://www.boulangerie-etoile.example">© 2025 Boulangerie Etoile, Inc. All rights reserved.</a></footer>`);
    const { page, job } = detectPage(doc, 'https://recruiting.hostedats.example/ABC123/JobBoard/1/OpportunityDetail?opportunityId=9f1c');
    expect(page).toBe('posting');
    expect(job).toMatchObject({ title: 'Head Baker & Pastry Lead', company: 'Boulangerie Etoile', location: 'Lyon (On-site)' });
  });

  it('takes no footer notice whose links do not lead to that company (the ATS names itself)', () => {
    const doc = html(`${opportunity(BAKER)}<footer>© 2025 HostedATS Corp. All rights reserved. <a href="/privacy">Privacy</a></footer>`);
    expect(detectPage(doc, 'https://recruiting.hostedats.example/x').job?.company).toBe('');
  });

  it('is no job when the page holds several (a list) or only objects without job keys', () => {
    const two = BAKER.replace('Head Baker', 'Night Baker');
    expect(inlineScriptJob(html(`<script>init({"jobs":[]}); a = ${BAKER}; b = ${two};</script>`))).toBeNull();
    expect(inlineScriptJob(html(`<script>var page = {"Title":"About us","Theme":"dark"};</script>`))).toBeNull();
    expect(inlineScriptJob(html(`<script>var broken = {"Title":"Cook","Description":"x", oops};</script>`))).toBeNull();
    expect(detectPage(html(`<script>var page = {"Title":"About us","Theme":"dark"};</script>`), 'https://a.example/').page).toBe('other');
  });

  it('ignores JSON that is not a script to run (a data block) and scripts loaded from elsewhere', () => {
    expect(inlineScriptJob(html(`<script type="text/x-template">new View(${BAKER})</script>`))).toBeNull();
  });
});
