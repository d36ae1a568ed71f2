import { describe, expect, it } from 'vitest';
import { saveCapture } from '../../../src/db/repository';
import type { ReboundDb } from '../../../src/db/schema';
import { OptionsApp } from '../../../src/options/OptionsApp';
import { eachUiTest, go, mount, queryByText, waitFor, type Mounted } from '../ui/dom';
import { newDraft } from '../../support/builders';

let db: ReboundDb;
let view: Mounted | undefined;

eachUiTest({ at: '#/' }, (fresh) => (db = fresh));

const LINKEDIN = 'https://www.linkedin.com/jobs/view/4221167533/';
const GREENHOUSE = 'https://job-boards.greenhouse.io/acme/jobs/8620720002';

describe('an application’s other addresses', () => {
  it('shows where else the job lives, by host, each a link that opens in a new tab', async () => {
    // Saved on LinkedIn with the board's apply link, then applied to there: one record, two addresses.
    const { application } = await saveCapture(db, newDraft({ title: 'Platform Engineer', company: 'Acme', url: LINKEDIN, applyUrl: GREENHOUSE }), { source: 'popup', stage: 'saved' });
    go(`#/app/${application.id}`);
    view = mount(<OptionsApp db={db} />);
    const root = view.root;
    await waitFor(() => queryByText(root, 'h1', 'Platform Engineer'), 'heading');
    const line = root.querySelector('[data-testid="other-addresses"]');
    expect(line?.textContent).toBe('Also at job-boards.greenhouse.io ↗');
    const link = line!.querySelector('a')!;
    expect(link.getAttribute('href')).toBe(GREENHOUSE);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('says nothing for a job with one address, and never links a script address', async () => {
    const one = await saveCapture(db, newDraft({ title: 'Data Analyst', url: LINKEDIN }), { source: 'popup', stage: 'saved' });
    await db.applications.update(one.application.id, { otherUrls: ['javascript:alert(1)', LINKEDIN] });
    go(`#/app/${one.application.id}`);
    view = mount(<OptionsApp db={db} />);
    const root = view.root;
    await waitFor(() => queryByText(root, 'h1', 'Data Analyst'), 'heading');
    expect(root.querySelector('[data-testid="other-addresses"]')).toBeNull();
    expect(root.querySelector('a[href^="javascript:"]')).toBeNull();
  });
});
