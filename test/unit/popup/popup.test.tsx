import { describe, expect, it, vi } from 'vitest';
import type { JobDraft, PageKind } from '../../../src/core/types';
import { saveCapture, setStage, timeline, updateFields } from '../../../src/db/repository';
import type { ReboundDb } from '../../../src/db/schema';
import { Popup } from '../../../src/popup/Popup';
import { PopupSection } from '../../../src/ui/PopupSection';
import type { PopupServices } from '../../../src/popup/services';
import { byAriaLabel, byLabel, byText, choose, click, eachUiTest, mount, type Mounted, queryByText, typeInto, waitFor } from '../ui/dom';
import { newDraft } from '../../support/builders';
import { addInterview } from '../../../src/db/contacts-interviews';

let db: ReboundDb;
let view: Mounted | undefined;

eachUiTest({}, (fresh) => (db = fresh));

/**
 * Fake browser services. `save` does what the background does (saveCapture into the same database)
 * so the card sees the record appear, as it does in the extension.
 */
function services(options: { url?: string; detected?: JobDraft | Error; page?: PageKind; saveError?: string } = {}) {
  const fake = {
    activeTab: vi.fn(async () => ({ id: 7, url: options.url ?? 'https://boards.greenhouse.io/acme/jobs/1' })),
    detect: vi.fn(async (): ReturnType<PopupServices['detect']> => {
      const detected = options.detected ?? newDraft();
      if (detected instanceof Error) return { ok: false, code: 'failed', error: detected.message };
      return { ok: true, value: { page: options.page ?? 'posting', draft: detected } };
    }),
    save: vi.fn(async (job: JobDraft, stage: 'saved' | 'applied'): ReturnType<PopupServices['save']> => {
      if (options.saveError) return { ok: false, code: 'failed', error: options.saveError };
      const result = await saveCapture(db, job, { source: 'popup', stage });
      return {
        ok: true,
        value: {
          applicationId: result.application.id,
          created: result.created,
          stage: result.application.stage,
          undoToken: crypto.randomUUID(),
        },
      };
    }),
    openPipeline: vi.fn(),
    openAddJob: vi.fn(),
  };
  return fake satisfies PopupServices;
}

describe('popup capture card', () => {
  it('shows the detected fields and saves what the user corrected', async () => {
    const detected = newDraft({ title: 'Sr. Designr', company: 'Acme', location: 'Berlin', salary: '€70k', workMode: 'remote' });
    const fake = services({ detected });
    view = mount(<Popup db={db} services={fake} />);
    const root = view.root;
    const title = await waitFor(() => root.querySelector<HTMLInputElement>('input[name="title"]'), 'title field');
    expect(fake.detect).toHaveBeenCalledWith(7);
    expect(title.value).toBe('Sr. Designr');
    expect(byLabel(root, 'Company').value).toBe('Acme');
    expect(byLabel(root, 'Location').value).toBe('Berlin');
    expect(byLabel(root, 'Salary').value).toBe('€70k');
    expect(byLabel(root, 'Work mode').value).toBe('remote');
    expect(byLabel(root, 'Employment type').value).toBe('Full-time');
    expect(byLabel(root, 'Found on').value).toBe('greenhouse');

    typeInto(title, 'Senior Designer ');
    choose(byLabel(root, 'Work mode'), 'hybrid');
    click(byText(root, 'button', 'Save this job'));

    await waitFor(() => queryByText(root, 'h1', 'Senior Designer'), 'saved state');
    expect(fake.save).toHaveBeenCalledWith({ ...detected, title: 'Senior Designer', workMode: 'hybrid' }, 'saved');
    const [stored] = await db.applications.toArray();
    expect(stored).toMatchObject({ title: 'Senior Designer', workMode: 'hybrid', stage: 'saved', company: 'Acme' });
    expect(root.textContent).toContain('Saved to your pipeline.');
    expect(byAriaLabel(root, 'Stage of Senior Designer').value).toBe('saved');
  });

  it('records "I applied to this" as applied', async () => {
    const fake = services({ page: 'confirmation' });
    view = mount(<Popup db={db} services={fake} />);
    const root = view.root;
    await waitFor(() => root.querySelector('input[name="title"]'), 'form');
    expect(root.textContent).toContain('Looks like you just applied');
    click(byText(root, 'button', 'I applied to this'));
    await waitFor(() => root.querySelector('.capture--saved'), 'saved state');
    expect(fake.save.mock.calls[0]?.[1]).toBe('applied');
    const [stored] = await db.applications.toArray();
    expect(stored?.stage).toBe('applied');
    expect(stored?.appliedAt).not.toBeNull();
  });

  it('asks for a title instead of saving an untitled job', async () => {
    const fake = services({ detected: newDraft({ title: '' }), page: 'other' });
    view = mount(<Popup db={db} services={fake} />);
    const root = view.root;
    await waitFor(() => root.querySelector('input[name="title"]'), 'form');
    click(byText(root, 'button', 'Save this job'));
    expect(root.textContent).toContain('Add a job title so you can find this later.');
    expect(fake.save).not.toHaveBeenCalled();
  });

  it('shows a save error kindly and keeps what was typed', async () => {
    const fake = services({ saveError: 'Rebound did not answer. Please try again.' });
    view = mount(<Popup db={db} services={fake} />);
    const root = view.root;
    const title = await waitFor(() => root.querySelector<HTMLInputElement>('input[name="title"]'), 'form');
    typeInto(title, 'My edit');
    click(byText(root, 'button', 'Save this job'));
    await waitFor(() => queryByText(root, '[role="status"]', /^That didn’t save\./), 'error line');
    expect(title.value).toBe('My edit');
  });

  it('recognises a job already in the pipeline and edits it after saving', async () => {
    const job = newDraft({ title: 'Data Analyst', company: 'Fable' });
    const { application } = await saveCapture(db, job, { source: 'auto', stage: 'applied' });
    await setStage(db, application.id, 'interviewing', 'options');
    // Same job, reached by another URL: the board's job id matches.
    const fake = services({ detected: { ...job, url: `${job.url}?utm_source=mail`, title: 'Data Analyst (m/f/d)' } });
    view = mount(<Popup db={db} services={fake} />);
    const root = view.root;
    await waitFor(() => root.querySelector('.capture--saved'), 'saved state');
    expect(byText(root, 'h1', 'Data Analyst')).toBeTruthy();
    expect(byAriaLabel(root, 'Stage of Data Analyst').value).toBe('interviewing');

    click(byText(root, 'button', 'Edit details'));
    typeInto(byLabel(root, 'Company'), 'Fable & Co.');
    click(byText(root, 'button', 'Save changes'));
    await waitFor(() => queryByText(root, '.capture__company', 'Fable & Co.'), 'edited company shown');
    expect(fake.save).not.toHaveBeenCalled();
    const events = await timeline(db, application.id);
    expect(events.at(-1)).toMatchObject({ kind: 'edit', detail: 'company', source: 'popup' });

    click(byText(root, 'button', 'Notes & timeline'));
    expect(fake.openPipeline).toHaveBeenCalledWith(application.id);
  });

  it('sends only the fields the user changed, keeping an edit made meanwhile in the options page', async () => {
    const job = newDraft({ title: 'Data Analyst', company: 'Fable', location: 'Berlin' });
    const { application } = await saveCapture(db, job, { source: 'auto', stage: 'applied' });
    view = mount(<Popup db={db} services={services({ detected: job })} />);
    const root = view.root;
    await waitFor(() => root.querySelector('.capture--saved'), 'saved state');
    click(byText(root, 'button', 'Edit details'));
    typeInto(byLabel(root, 'Salary'), '€70,000');
    // Meanwhile, in the options page:
    await updateFields(db, application.id, { location: 'Hamburg' }, 'options');
    click(byText(root, 'button', 'Save changes'));
    await waitFor(() => root.textContent?.includes('Changes saved.'), 'changes saved');
    expect(await db.applications.get(application.id)).toMatchObject({ location: 'Hamburg', salary: '€70,000', title: 'Data Analyst' });
    expect((await timeline(db, application.id)).at(-1)).toMatchObject({ kind: 'edit', detail: 'salary', source: 'popup' });
  });

  it('says so kindly on the browser’s own pages, without asking the page', async () => {
    const fake = services({ url: 'chrome://extensions/' });
    view = mount(<Popup db={db} services={fake} />);
    await waitFor(() => queryByText(view!.root, 'p', 'Nothing to save on this page'), 'quiet card');
    expect(view.root.textContent).toContain('browser’s own pages');
    expect(fake.detect).not.toHaveBeenCalled();
  });

  it('hides detection errors behind a friendly line', async () => {
    const fake = services({ detected: new Error('Cannot access contents of url "https://chromewebstore.google.com/"') });
    view = mount(<Popup db={db} services={fake} />);
    await waitFor(() => queryByText(view!.root, 'p', 'Nothing to save on this page'), 'quiet card');
    expect(view.root.textContent).not.toContain('Cannot access');
    expect(view.root.textContent).toContain('off limits to extensions');
  });
});

describe('popup pipeline', () => {
  it('greets a new user with the empty state', async () => {
    view = mount(<Popup db={db} services={services({ url: 'chrome://newtab/' })} />);
    await waitFor(() => queryByText(view!.root, 'p', /^Your pipeline is empty for now\./), 'empty state');
    expect(view.root.textContent).toContain('only on this computer');
    expect(view.root.querySelector('.summary')).toBeNull();
  });

  it('counts applications in flight and sent this week', async () => {
    const now = Date.now();
    await saveCapture(db, newDraft(), { source: 'popup', stage: 'saved', now });
    await saveCapture(db, newDraft(), { source: 'auto', stage: 'applied', now });
    const old = await saveCapture(db, newDraft(), { source: 'auto', stage: 'applied', now: now - 30 * 86_400_000 });
    await setStage(db, old.application.id, 'interviewing', 'options', now);
    const rejected = await saveCapture(db, newDraft(), { source: 'auto', stage: 'applied', now });
    await setStage(db, rejected.application.id, 'rejected', 'options', now);
    view = mount(<Popup db={db} services={services({ url: 'chrome://newtab/' })} />);
    const root = view.root;
    await waitFor(() => root.querySelector('[data-testid="in-flight"]'), 'summary');
    expect(root.querySelector('[data-testid="in-flight"]')?.textContent).toBe('2');
    expect(root.querySelector('[data-testid="this-week"]')?.textContent).toBe('2');
  });

  it('lists the five most recently updated and changes a stage in one step', async () => {
    for (let i = 0; i < 7; i++) {
      await saveCapture(db, newDraft({ title: `Role ${i}`, company: `Company ${i}` }), { source: 'popup', stage: 'saved', now: 1000 + i });
    }
    view = mount(<Popup db={db} services={services({ url: 'chrome://newtab/' })} />);
    const root = view.root;
    const titles = () => [...root.querySelectorAll('.recent__title')].map((b) => b.textContent);
    await waitFor(() => titles().length === 5, 'recent list');
    expect(titles()).toEqual(['Role 6', 'Role 5', 'Role 4', 'Role 3', 'Role 2']);

    choose(byAriaLabel(root, 'Stage of Role 3 at Company 3'), 'applied');
    await waitFor(() => titles()[0] === 'Role 3', 'moved to the top');
    const app = (await db.applications.toArray()).find((a) => a.title === 'Role 3')!;
    expect(app.stage).toBe('applied');
    expect((await timeline(db, app.id)).at(-1)).toMatchObject({ kind: 'stage', from: 'saved', to: 'applied', source: 'popup' });
  });

  it('opens the pipeline, and mounts the sections given to it', async () => {
    const fake = services({ url: 'chrome://newtab/' });
    const NextSteps = ({ title }: { title: string }) => (
      <PopupSection title={title}>
        <p>Follow up with Acme</p>
      </PopupSection>
    );
    const sections = [
      { id: 'next-steps', title: 'Next steps', component: NextSteps },
      { id: 'debriefs', title: 'Debriefs to do', component: null },
    ];
    view = mount(<Popup db={db} services={fake} sections={sections} />);
    const root = view.root;
    await waitFor(() => queryByText(root, 'h2', 'Next steps'), 'mounted section');
    expect(root.textContent).toContain('Follow up with Acme');
    expect(queryByText(root, 'h2', 'Debriefs to do')).toBeUndefined();
    click(byText(root, 'button', 'Open your pipeline'));
    expect(fake.openPipeline).toHaveBeenCalledWith();
  });
});

describe('popup: interviews this week', () => {
  it('lists the rounds of the next seven days, and adding a job by hand opens its form', async () => {
    const { application } = await saveCapture(db, newDraft({ title: 'Designer', company: 'Acme' }), { source: 'popup', stage: 'applied' });
    await addInterview(db, application.id, { name: 'Portfolio review', at: Date.now() + 2 * 86_400_000, notes: '' }, 'options');
    const fake = services({});
    view = mount(<Popup db={db} services={fake} />);
    const root = view.root;
    await waitFor(() => queryByText(root, 'h2', 'Interviews this week'), 'the section');
    expect(root.querySelector('.upcoming')?.textContent).toContain('Portfolio review · Acme');
    click(byText(root, 'button', '+ Add a job by hand'));
    expect(fake.openAddJob).toHaveBeenCalled();
  });
});
