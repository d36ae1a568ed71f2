import { describe, expect, it } from 'vitest';
import { targetPath } from '../../../src/core/nudges/target-path';
import { saveCapture, setStage, setStageMany, timeline, undoStageChanges, updateFields } from '../../../src/db/repository';
import type { ReboundDb } from '../../../src/db/schema';
import { ListView } from '../../../src/options/pipeline/ListView';
import { NO_FILTERS } from '../../../src/options/pipeline/filter';
import { filtersFromQuery, onlyIds, parseListQuery, stillAwaitingReply } from '../../../src/options/pipeline/list-query';
import { queryOf } from '../../../src/options/nav';
import { OptionsApp } from '../../../src/options/OptionsApp';
import { matchPath, resolve } from '../../../src/options/router';
import { byLabel, byText, click, eachUiTest, go, mount, type Mounted, queryByText, waitFor } from '../ui/dom';
import { newDraft } from '../../support/builders';

let db: ReboundDb;
let view: Mounted | undefined;

const rowTitles = (root: HTMLElement) => [...root.querySelectorAll('tbody .row-link')].map((a) => a.textContent);

eachUiTest({ at: '#/' }, (fresh) => (db = fresh));

describe('list deep links: parsing and routing', () => {
  it('routes /list with any query to the pipeline, matching on the path alone', () => {
    expect(matchPath('/list', '/list?ids=a%2Cb')).toEqual({});
    expect(matchPath('/list', '/list')).toEqual({});
    expect(matchPath('/list', '/lists?stage=saved')).toBeNull();
    for (const path of ['/list?stage=saved', '/list?stage=offer', '/list?ids=a,b', '/list']) {
      expect(resolve(path).route.view).toBe(ListView);
    }
  });

  it('reads the query of a hash path, decoding %2C to a comma', () => {
    expect(queryOf('/list?ids=a%2Cb&stage=offer').get('ids')).toBe('a,b');
    expect(queryOf('/list?ids=a%2Cb&stage=offer').get('stage')).toBe('offer');
    expect([...queryOf('/list').keys()]).toEqual([]);
  });

  it('understands every link the nudges make', () => {
    const ids = ['id one', 'b/2&x=1', 'c3'];
    const fromNudge = (path: string) => parseListQuery(queryOf(path));
    expect(fromNudge(targetPath({ view: 'saved' }))).toEqual({ stage: 'saved' });
    expect(fromNudge(targetPath({ view: 'list', filter: { stage: 'offer' } }))).toEqual({ stage: 'offer' });
    expect(fromNudge(targetPath({ view: 'list', filter: { ids } }))).toEqual({ ids });
    expect(fromNudge(targetPath({ view: 'list', filter: {} }))).toEqual({});
  });

  it('ignores unknown stages, empty and repeated ids', () => {
    expect(parseListQuery(new URLSearchParams('stage=hired&ids=,a,,b,a,'))).toEqual({ ids: ['a', 'b'] });
    expect(parseListQuery(new URLSearchParams('stage=in_flight'))).toEqual({ stage: 'in_flight' });
    expect(parseListQuery(new URLSearchParams('ids='))).toEqual({});
  });

  it('starts a link from clean filters, and leaves stored ones alone without a link', () => {
    expect(filtersFromQuery({})).toBeUndefined();
    expect(filtersFromQuery({ stage: 'saved' })).toEqual({ ...NO_FILTERS, stage: 'saved' });
    expect(filtersFromQuery({ ids: ['a'] })).toEqual(NO_FILTERS);
  });

  it('narrows to the named rows and finds the ones still waiting on a reply', () => {
    const rows = [
      { id: 'a', stage: 'applied' as const },
      { id: 'b', stage: 'interviewing' as const },
      { id: 'c', stage: 'screening' as const },
    ];
    expect(onlyIds(rows, ['c', 'a', 'gone']).map((r) => r.id)).toEqual(['a', 'c']);
    expect(onlyIds(rows, undefined)).toBe(rows);
    expect(stillAwaitingReply(rows).map((r) => r.id)).toEqual(['a', 'c']);
  });
});

describe('setStageMany and its undo', () => {
  it('moves each application with one event each, and Undo puts back only what was not changed since', async () => {
    const a = (await saveCapture(db, newDraft({ title: 'A' }), { source: 'popup', stage: 'applied', now: 1000 })).application;
    const b = (await saveCapture(db, newDraft({ title: 'B' }), { source: 'popup', stage: 'applied', now: 1100 })).application;
    const c = (await saveCapture(db, newDraft({ title: 'C' }), { source: 'popup', stage: 'applied', now: 1200 })).application;
    await setStage(db, c.id, 'no_response', 'options', 1300);

    const changed = await setStageMany(db, [a.id, b.id, c.id, 'deleted-one'], 'no_response', 'options', 5000);
    expect(changed.map((app) => app.id)).toEqual([a.id, b.id]); // c was there already
    for (const id of [a.id, b.id]) {
      expect(await db.applications.get(id)).toMatchObject({ stage: 'no_response', updatedAt: 5000, appliedAt: 1000 + (id === b.id ? 100 : 0) });
      const events = await timeline(db, id);
      expect(events.filter((e) => e.at === 5000)).toEqual([
        expect.objectContaining({ kind: 'stage', from: 'applied', to: 'no_response', source: 'options' }),
      ]);
    }
    expect((await timeline(db, c.id)).filter((e) => e.at === 5000)).toEqual([]);

    // B is edited before Undo: that newer change is kept.
    await updateFields(db, b.id, { notes: 'They wrote back!' }, 'options', 6000);
    await undoStageChanges(db, changed, 5000);
    expect(await db.applications.get(a.id)).toEqual(a);
    expect((await timeline(db, a.id)).map((e) => e.kind)).toEqual(['applied']);
    expect(await db.applications.get(b.id)).toMatchObject({ stage: 'no_response', notes: 'They wrote back!' });
  });
});

describe('list deep links in the options page', () => {
  async function seed() {
    const save = (title: string, stage: 'saved' | 'applied', now: number) =>
      saveCapture(db, newDraft({ title, company: `${title} Co` }), { source: 'popup', stage, now }).then((r) => r.application);
    const quiet1 = await save('Quiet One', 'applied', 1000);
    const quiet2 = await save('Quiet Two', 'applied', 2000);
    const moved = await save('Moved On', 'applied', 3000);
    await setStage(db, moved.id, 'interviewing', 'popup', 3500);
    const saved = await save('Saved Later', 'saved', 4000);
    const other = await save('Other Applied', 'applied', 5000);
    return { quiet1, quiet2, moved, saved, other };
  }

  it('shows only the named applications with a note, marks the waiting ones as No response, and Undo restores them', async () => {
    const { quiet1, quiet2, moved } = await seed();
    // Filters left in this tab would hide them: the link wins.
    sessionStorage.setItem('rebound:pipeline-filters', JSON.stringify({ ...NO_FILTERS, stage: 'saved', text: 'zzz' }));
    go(`#/list?ids=${encodeURIComponent([quiet1.id, quiet2.id, moved.id].join(','))}`);
    view = mount(<OptionsApp db={db} undoMs={60_000} />);
    const root = view.root;
    await waitFor(() => rowTitles(root).length === 3, 'the three named rows');
    expect(rowTitles(root)).toEqual(['Moved On', 'Quiet Two', 'Quiet One']);
    expect(byLabel(root, 'Search').value).toBe('');
    const note = root.querySelector<HTMLElement>('[data-testid="chosen-note"]')!;
    expect(note.textContent).toContain('Showing the 3 applications from your reminder. 2 of them are still waiting on a reply');

    click(byText(note, 'button', 'Mark these 2 as No response'));
    await waitFor(() => queryByText(root, '.undo-bar__message', 'Marked 2 applications as No response.'), 'undo offer');
    expect((await db.applications.get(quiet1.id))?.stage).toBe('no_response');
    expect((await db.applications.get(quiet2.id))?.stage).toBe('no_response');
    expect((await db.applications.get(moved.id))?.stage).toBe('interviewing');
    expect((await timeline(db, quiet1.id)).at(-1)).toMatchObject({ kind: 'stage', from: 'applied', to: 'no_response' });
    await waitFor(() => queryByText(note, 'p', 'Showing the 3 applications from your reminder.'), 'note after marking');
    expect(queryByText(note, 'button', /No response/)).toBeUndefined();

    click(byText(root, '.undo-bar button', 'Undo'));
    await waitFor(() => queryByText(root, '.undo-region', 'Restored.'), 'restored');
    expect((await db.applications.get(quiet1.id))?.stage).toBe('applied');
    expect((await db.applications.get(quiet2.id))?.stage).toBe('applied');
    expect((await timeline(db, quiet1.id)).map((e) => e.kind)).toEqual(['applied']);
  });

  it('offers "Mark all" when every one is waiting, and dismissing the note shows the whole pipeline', async () => {
    const { quiet1, quiet2 } = await seed();
    go(`#/list?ids=${quiet1.id}%2C${quiet2.id}`);
    view = mount(<OptionsApp db={db} />);
    const root = view.root;
    await waitFor(() => rowTitles(root).length === 2, 'two rows');
    const note = root.querySelector<HTMLElement>('[data-testid="chosen-note"]')!;
    expect(note.querySelector('.chosen-note__text')?.textContent).toBe(
      'Showing 2 applications you haven’t heard from in a while — you can mark them as No response. It tidies your view, and you can move them back if they write.',
    );
    expect(queryByText(note, 'button', 'Mark all as No response')).toBeDefined();

    click(note.querySelector('[aria-label="Dismiss this note and show your whole pipeline"]')!);
    expect(window.location.hash).toBe('#/');
    await waitFor(() => rowTitles(root).length === 5, 'whole pipeline');
    expect(root.querySelector('[data-testid="chosen-note"]')).toBeNull();
  });

  it('opens /list?stage=saved filtered to saved jobs, over filters left in the tab', async () => {
    await seed();
    sessionStorage.setItem('rebound:pipeline-filters', JSON.stringify({ ...NO_FILTERS, stage: 'interviewing' }));
    go('#/list?stage=saved');
    view = mount(<OptionsApp db={db} />);
    const root = view.root;
    await waitFor(() => rowTitles(root).length === 1, 'saved only');
    expect(rowTitles(root)).toEqual(['Saved Later']);
    expect(byLabel(root, 'Stage').value).toBe('saved');
    expect(root.querySelector('[data-testid="chosen-note"]')).toBeNull();
    expect(root.querySelector('.site-nav__link[aria-current="page"]')?.textContent).toBe('Pipeline');
    expect(root.textContent).not.toContain('isn’t here');

    // Without a query, what the person chose in this tab stays.
    go('#/');
    await waitFor(() => byLabel(root, 'Stage').value === 'saved' && rowTitles(root).length === 1, 'kept on /');
  });
});
