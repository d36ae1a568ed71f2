import { describe, expect, it } from 'vitest';
import { completeDebrief, debriefFor, saveDebrief } from '../../../src/db/debrief-repository';
import { saveCapture } from '../../../src/db/repository';
import type { ReboundDb } from '../../../src/db/schema';
import { OptionsApp } from '../../../src/options/OptionsApp';
import { byLabel, byText, choose, click, eachUiTest, go, mount, type Mounted, queryByText, waitFor } from '../ui/dom';
import { newDraft } from '../../support/builders';

let db: ReboundDb;
let view: Mounted | undefined;

eachUiTest({ at: '#/' }, (fresh) => (db = fresh));

describe('detail view: debrief offer after a rejection', () => {
  it('offers the debrief only after a change to rejected; Start opens it in place', async () => {
    const { application } = await saveCapture(db, newDraft({ title: 'UX Researcher', company: 'Lumen' }), {
      source: 'popup',
      stage: 'applied',
    });
    go(`#/app/${application.id}`);
    view = mount(<OptionsApp db={db} />);
    const root = view.root;
    await waitFor(() => queryByText(root, 'h1', 'UX Researcher'), 'heading');

    choose(byLabel(root, 'Stage'), 'screening');
    await waitFor(() => queryByText(root, '.timeline__what', 'Moved from Applied to Screening'), 'screening saved');
    expect(root.querySelector('.offer-debrief')).toBeNull();

    choose(byLabel(root, 'Stage'), 'rejected');
    await waitFor(() => queryByText(root, 'strong', 'Sorry about Lumen.'), 'offer');
    expect((await debriefFor(db, application.id))?.status).toBe('pending');
    click(byText(root, 'button', 'Later'));
    expect(root.querySelector('.offer-debrief')).toBeNull();

    choose(byLabel(root, 'Stage'), 'interviewing');
    await waitFor(() => queryByText(root, '.timeline__what', 'Moved from Rejected to Interviewing'), 'moved back');
    choose(byLabel(root, 'Stage'), 'rejected');
    await waitFor(() => queryByText(root, 'strong', 'Sorry about Lumen.'), 'offer again');
    click(byText(root, 'button', 'Start the debrief now'));
    expect(window.location.hash).toBe(`#/debrief/${application.id}`);
    await waitFor(() => queryByText(root, 'h1', 'UX Researcher at Lumen'), 'debrief page');
  });

  it('once the offer is gone, the rejected application’s page still leads to its debrief: Start, Continue, then View', async () => {
    const { application } = await saveCapture(db, newDraft({ title: 'UX Researcher', company: 'Lumen' }), { source: 'popup', stage: 'applied' });
    go(`#/app/${application.id}`);
    view = mount(<OptionsApp db={db} />);
    const root = view.root;
    await waitFor(() => queryByText(root, 'h1', 'UX Researcher'), 'heading');
    expect(root.querySelector('[data-testid="debrief-card"]')).toBeNull();

    choose(byLabel(root, 'Stage'), 'rejected');
    await waitFor(() => queryByText(root, 'strong', 'Sorry about Lumen.'), 'offer');
    click(byText(root, 'button', 'Later'));
    const card = () => root.querySelector<HTMLElement>('[data-testid="debrief-card"]');
    await waitFor(() => card()?.querySelector('a')?.textContent === 'Start the debrief', 'start');
    expect(card()!.querySelector('a')!.getAttribute('href')).toBe(`#/debrief/${application.id}`);

    const debrief = (await debriefFor(db, application.id))!;
    await saveDebrief(db, debrief.id, { feedback: 'Strong candidate pool' });
    await waitFor(() => card()?.querySelector('a')?.textContent === 'Continue the debrief', 'continue');
    await completeDebrief(db, debrief.id);
    await waitFor(() => card()?.querySelector('a')?.textContent === 'View the debrief', 'view');
  });
});
