import { describe, expect, it } from 'vitest';
import { saveCapture, setStage, timeline } from '../../../src/db/repository';
import type { ReboundDb } from '../../../src/db/schema';
import { OptionsApp } from '../../../src/options/OptionsApp';
import { PAGE_SIZE } from '../../../src/options/pipeline/ListView';
import { byLabel, byText, choose, click, eachUiTest, go, mount, type Mounted, queryByText, typeInto, waitFor } from '../ui/dom';
import { newDraft } from '../../support/builders';
import { readLastPipelineCounts, saveLastPipelineCounts } from '../../../src/ui/last-counts';

let db: ReboundDb;
let view: Mounted | undefined;

const rowTitles = (root: HTMLElement) => [...root.querySelectorAll('tbody .row-link')].map((a) => a.textContent);

eachUiTest({ at: '#/' }, (fresh) => (db = fresh));

async function seed() {
  const a = await saveCapture(db, newDraft({ title: 'Senior Product Designer', company: 'Northwind', location: 'Berlin' }), {
    source: 'popup',
    stage: 'saved',
    now: 1000,
  });
  const b = await saveCapture(db, newDraft({ title: 'Data Analyst', company: 'Fable', location: 'Remote', board: 'lever' }), {
    source: 'auto',
    stage: 'applied',
    now: 2000,
  });
  const c = await saveCapture(db, newDraft({ title: 'UX Researcher', company: 'Lumen', location: 'Amsterdam' }), {
    source: 'popup',
    stage: 'saved',
    now: 3000,
  });
  await setStage(db, c.application.id, 'interviewing', 'options', 4000);
  return { a: a.application, b: b.application, c: c.application };
}

describe('options list', () => {
  it('welcomes a new user with an empty state', async () => {
    view = mount(<OptionsApp db={db} />);
    await waitFor(() => queryByText(view!.root, 'h1', 'Your pipeline is empty for now'), 'empty state');
    expect(view.root.textContent).toContain('only on this computer');
  });

  it('lists applications newest first and filters them by text, stage and board', async () => {
    await seed();
    view = mount(<OptionsApp db={db} />);
    const root = view.root;
    await waitFor(() => rowTitles(root).length === 3, 'three rows');
    expect(rowTitles(root)).toEqual(['UX Researcher', 'Data Analyst', 'Senior Product Designer']);
    // The header's counts are their own live query: wait for them rather than read once.
    await waitFor(() => root.querySelector('[data-testid="header-counts"]'), 'header counts');
    expect(root.querySelector('[data-testid="header-counts"]')?.textContent).toContain('2 in flight');

    typeInto(byLabel(root, 'Search'), 'berlin design');
    expect(rowTitles(root)).toHaveLength(3); // filtering waits for typing to pause
    await waitFor(() => rowTitles(root).length === 1, 'text filter (debounced)');
    expect(rowTitles(root)).toEqual(['Senior Product Designer']);

    typeInto(byLabel(root, 'Search'), '');
    choose(byLabel(root, 'Stage'), 'in_flight');
    await waitFor(() => rowTitles(root).length === 2, 'in-flight filter');
    expect(rowTitles(root)).toEqual(['UX Researcher', 'Data Analyst']);

    choose(byLabel(root, 'Found on'), 'lever');
    await waitFor(() => rowTitles(root).length === 1, 'board filter');
    expect(rowTitles(root)).toEqual(['Data Analyst']);

    typeInto(byLabel(root, 'Search'), 'nothing like this');
    await waitFor(() => queryByText(root, 'p', 'Nothing matches these filters.'), 'no-match state');
    click(byText(root, 'button', 'Clear search and filters'));
    await waitFor(() => rowTitles(root).length === 3, 'cleared');
  });

  it('shows the header’s numbers as last counted at once, and the total before counting, then counts afresh', async () => {
    await seed();
    saveLastPipelineCounts(db.name, { total: 7, inFlight: 5, appliedThisWeek: 4 });
    view = mount(<OptionsApp db={db} />);
    const root = view.root;
    const header = () => root.querySelector('[data-testid="header-counts"]')?.textContent ?? '';
    expect(header()).toContain('7 applications in all');
    await waitFor(() => header().includes('3 applications in all'), 'the fresh count');
    expect(root.querySelector('[data-testid="result-count"]')?.textContent).toContain('3 applications');
    expect(readLastPipelineCounts(db.name)).toEqual({ total: 3, inFlight: 2, appliedThisWeek: expect.any(Number) });
  });

  it('renders 100 rows at a time', async () => {
    await db.transaction('rw', db.applications, db.events, async () => {
      for (let i = 0; i < 230; i++) {
        await saveCapture(db, newDraft({ title: `Role ${i}` }), { source: 'import', stage: 'saved', now: 1000 + i });
      }
    });
    view = mount(<OptionsApp db={db} />);
    const root = view.root;
    await waitFor(() => rowTitles(root).length === PAGE_SIZE, 'first page');
    expect(rowTitles(root)[0]).toBe('Role 229');
    // The first screen does not wait for the count; the button comes with it.
    click(await waitFor(() => queryByText(root, 'button', 'Show 100 more'), 'the count and its button'));
    await waitFor(() => rowTitles(root).length === 200, 'second page');
    click(byText(root, 'button', 'Show 30 more'));
    await waitFor(() => rowTitles(root).length === 230, 'all rows');
    expect(queryByText(root, 'button', /more$/)).toBeUndefined();
  });

  it('opens the detail view from a row', async () => {
    const { b } = await seed();
    view = mount(<OptionsApp db={db} />);
    const root = view.root;
    await waitFor(() => rowTitles(root).length === 3, 'rows');
    const row = byText(root, 'tbody td', /Data Analyst/).closest('tr')!;
    click(row.querySelector('.col-location')!);
    expect(window.location.hash).toBe(`#/app/${b.id}`);
    await waitFor(() => queryByText(root, 'h1', 'Data Analyst'), 'detail heading');
  });
});

describe('application detail', () => {
  it('deep-links to #/app/<id> and shows fields, stage and the timeline newest first', async () => {
    const { c } = await seed();
    go(`#/app/${c.id}`);
    view = mount(<OptionsApp db={db} />);
    const root = view.root;
    await waitFor(() => queryByText(root, 'h1', 'UX Researcher'), 'heading');
    expect(byLabel(root, 'Company').value).toBe('Lumen');
    expect((byLabel(root, 'Stage') as unknown as HTMLSelectElement).value).toBe('interviewing');
    const items = await waitFor(() => {
      const list = [...root.querySelectorAll('[data-testid="timeline"] li .timeline__what')];
      return list.length === 2 && list;
    }, 'timeline');
    expect(items.map((li) => li.textContent)).toEqual(['Moved from Saved to Interviewing', 'Saved']);
  });

  it('writes a stage event when the stage changes', async () => {
    const { a } = await seed();
    go(`#/app/${a.id}`);
    view = mount(<OptionsApp db={db} />);
    const root = view.root;
    await waitFor(() => queryByText(root, 'h1', 'Senior Product Designer'), 'heading');
    choose(byLabel(root, 'Stage'), 'applied');
    const events = await waitForEvents(a.id, 2);
    expect(events.at(-1)).toMatchObject({ kind: 'stage', from: 'saved', to: 'applied', source: 'options' });
    expect((await db.applications.get(a.id))?.stage).toBe('applied');
    await waitFor(() => queryByText(root, '.timeline__what', 'Moved from Saved to Applied'), 'timeline updated');
  });

  it('saves edited fields through the repository and rejects non-web posting links', async () => {
    const { a } = await seed();
    go(`#/app/${a.id}`);
    view = mount(<OptionsApp db={db} />);
    const root = view.root;
    await waitFor(() => queryByText(root, 'h1', 'Senior Product Designer'), 'heading');
    const save = byText<HTMLButtonElement>(root, 'button', 'Save changes');
    expect(save.disabled).toBe(true);

    typeInto(byLabel(root, 'Posting link'), 'javascript:alert(1)');
    expect(root.textContent).toContain('Use a web address starting with https://');
    click(save);
    await waitFor(() => queryByText(root, '[role="status"]', 'Please check the highlighted field.'), 'error');

    typeInto(byLabel(root, 'Posting link'), 'https://example.com/jobs/1');
    typeInto(byLabel(root, 'Notes'), 'Met Maria at the meetup');
    typeInto(byLabel(root, 'Salary'), ' €70k ');
    click(save);
    await waitFor(() => queryByText(root, '[role="status"]', 'Saved.'), 'saved status');
    const stored = await db.applications.get(a.id);
    expect(stored).toMatchObject({ notes: 'Met Maria at the meetup', salary: '€70k', postingUrl: 'https://example.com/jobs/1' });
    const events = await timeline(db, a.id);
    expect(events.at(-1)).toMatchObject({ kind: 'edit', source: 'options', detail: 'salary, postingUrl, notes' });
    await waitFor(() => root.querySelector<HTMLAnchorElement>('a[href="https://example.com/jobs/1"]'), 'posting link');
    const link = root.querySelector<HTMLAnchorElement>('a[href="https://example.com/jobs/1"]')!;
    expect(link.rel).toBe('noopener noreferrer');
  });

  it('never links a stored non-http URL', async () => {
    const { a } = await seed();
    await db.applications.update(a.id, { postingUrl: 'javascript:alert(1)' });
    go(`#/app/${a.id}`);
    view = mount(<OptionsApp db={db} />);
    await waitFor(() => queryByText(view!.root, 'h1', 'Senior Product Designer'), 'heading');
    expect(queryByText(view.root, 'a', /View the posting/)).toBeUndefined();
    expect(view.root.querySelector('a[href^="javascript"]')).toBeNull();
  });

  it('deletes with an undo bar, and Undo restores the record and its events', async () => {
    const { c } = await seed();
    const before = await timeline(db, c.id);
    const record = await db.applications.get(c.id);
    go(`#/app/${c.id}`);
    view = mount(<OptionsApp db={db} />);
    const root = view.root;
    await waitFor(() => queryByText(root, 'h1', 'UX Researcher'), 'heading');
    click(byText(root, 'button', 'Delete application'));

    await waitFor(() => queryByText(root, '.undo-bar__message', 'Deleted “UX Researcher”.'), 'undo bar');
    expect(root.querySelector('.undo-region')?.getAttribute('aria-live')).toBe('polite');
    expect(window.location.hash).toBe('#/');
    expect(await db.applications.get(c.id)).toBeUndefined();
    expect(await timeline(db, c.id)).toEqual([]);
    await waitFor(() => rowTitles(root).length === 2, 'list without it');

    click(byText(root, '.undo-bar button', 'Undo'));
    await waitFor(() => rowTitles(root).length === 3, 'list with it again');
    expect(await db.applications.get(c.id)).toEqual(record);
    expect(await timeline(db, c.id)).toEqual(before);
    await waitFor(() => queryByText(root, '.undo-bar', 'Restored.'), 'restored message');
  });

  it('lets the undo offer lapse', async () => {
    const { a } = await seed();
    go(`#/app/${a.id}`);
    view = mount(<OptionsApp db={db} undoMs={50} />);
    const root = view.root;
    await waitFor(() => queryByText(root, 'h1', 'Senior Product Designer'), 'heading');
    click(byText(root, 'button', 'Delete application'));
    await waitFor(() => root.querySelector('.undo-bar'), 'undo bar');
    await waitFor(() => !root.querySelector('.undo-bar'), 'undo bar gone');
    expect(await db.applications.get(a.id)).toBeUndefined();
  });

  it('says kindly when the application is gone', async () => {
    go('#/app/not-there');
    view = mount(<OptionsApp db={db} />);
    await waitFor(() => queryByText(view!.root, 'h1', 'This application isn’t here any more'), 'gone state');
  });
});

function waitForEvents(id: string, count: number) {
  return waitFor(async () => {
    const events = await timeline(db, id);
    return events.length >= count && events;
  }, `${count} events`);
}
