import { describe, expect, it } from 'vitest';
import { addByHand } from '../../../src/db/add-by-hand';
import { debriefFor } from '../../../src/db/debrief-repository';
import { timeline } from '../../../src/db/repository';
import type { ReboundDb } from '../../../src/db/schema';
import { OptionsApp } from '../../../src/options/OptionsApp';
import { byLabel, byText, choose, click, eachUiTest, mount, type Mounted, typeInto, waitFor } from '../ui/dom';

let db: ReboundDb;
let view: Mounted | undefined;
eachUiTest({ at: '#/add' }, (fresh) => (db = fresh));

const job = { title: 'Data Engineer', company: 'Acme', location: '', link: '', stage: 'applied' as const, appliedAt: null, notes: '', tags: '' };

describe('adding a job by hand', () => {
  it('records it at its stage and day with its notes and tags, through the repository', async () => {
    const day = new Date(2026, 2, 3, 12).getTime();
    const { created, application } = await addByHand(db, { ...job, stage: 'interviewing', appliedAt: day, notes: 'Referred by Sam', tags: 'referral' }, 'options', day + 5 * 86_400_000);
    expect(created).toBe(true);
    expect(application).toMatchObject({ title: 'Data Engineer', company: 'Acme', stage: 'interviewing', appliedAt: day, savedAt: day, notes: 'Referred by Sam', tags: ['referral'], board: '' });
    expect((await timeline(db, application.id)).map((e) => [e.kind, e.to])).toEqual([['applied', 'applied'], ['stage', 'interviewing'], ['edit', undefined]]);
  });

  it('finds the same job by its link and changes nothing; a rejection added by hand offers its debrief; bad input is refused', async () => {
    const link = 'https://jobs.lever.co/acme/0d6f3a52-8c1e-4b7a-9f2d-3e5a7c9b1d42';
    const first = await addByHand(db, { ...job, link }, 'options');
    expect(first.application).toMatchObject({ board: 'lever', postingUrl: link });
    const again = await addByHand(db, { ...job, title: 'Other', link: `${link}?utm_source=mail` }, 'options');
    expect(again).toMatchObject({ created: false, application: { id: first.application.id, title: 'Data Engineer' } });
    expect(await db.applications.count()).toBe(1);
    expect((await timeline(db, first.application.id)).map((e) => [e.kind, e.detail])).toEqual([['applied', undefined]]);

    const rejected = await addByHand(db, { ...job, company: 'Globex', stage: 'rejected' }, 'options');
    expect((await debriefFor(db, rejected.application.id))?.status).toBe('pending');

    await expect(addByHand(db, { ...job, title: ' ', company: '' }, 'options')).rejects.toThrow(/title or a company/);
    await expect(addByHand(db, { ...job, link: 'javascript:alert(1)' }, 'options')).rejects.toThrow(/isn’t a web address/);
    expect(await db.applications.count()).toBe(2);
  });

  it('the form adds it and opens its page', async () => {
    view = mount(<OptionsApp db={db} />);
    const root = view.root;
    await waitFor(() => root.querySelector('h1')?.textContent === 'Add a job by hand', 'form');
    typeInto(byLabel(root, 'Job title'), 'Platform Engineer');
    typeInto(byLabel(root, 'Company'), 'Initech');
    choose(byLabel(root, 'Stage'), 'saved');
    click(byText(root, 'button', 'Add to your pipeline'));
    await waitFor(() => window.location.hash.startsWith('#/app/'), 'opened its page');
    const [app] = await db.applications.toArray();
    expect(app).toMatchObject({ title: 'Platform Engineer', company: 'Initech', stage: 'saved', appliedAt: null });
  });
});
