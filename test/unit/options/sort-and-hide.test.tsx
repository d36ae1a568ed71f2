import { describe, expect, it } from 'vitest';
import { saveCapture, setStage, updateFields } from '../../../src/db/repository';
import type { ReboundDb } from '../../../src/db/schema';
import { OptionsApp } from '../../../src/options/OptionsApp';
import { filterApplications, NO_FILTERS } from '../../../src/options/pipeline/filter';
import { toRow } from '../../../src/options/pipeline/pipeline-row';
import { sortRows } from '../../../src/options/pipeline/sort';
import { newDraft } from '../../support/builders';
import { byText, click, eachUiTest, mount, type Mounted, waitFor } from '../ui/dom';

let db: ReboundDb;
let view: Mounted | undefined;
eachUiTest({ at: '#/' }, (fresh) => (db = fresh));

const DAY = 86_400_000;

async function pipeline() {
  const make = async (title: string, company: string, jobId: string, stage: 'saved' | 'applied', now: number) =>
    (await saveCapture(db, newDraft({ title, company, jobId, url: `https://boards.greenhouse.io/x/jobs/${jobId}` }), { source: 'popup', stage, now })).application;
  const a = await make('Analyst', 'Acme', '1', 'applied', 10 * DAY);
  const b = await make('Designer', 'Globex', '2', 'applied', 30 * DAY);
  const c = await make('Engineer', 'Initech', '3', 'saved', 40 * DAY);
  const d = await make('Researcher', 'Umbrella', '4', 'applied', 20 * DAY);
  await setStage(db, d.id, 'rejected', 'options', 50 * DAY);
  await updateFields(db, a.id, { tags: ['Referral'], excitement: 5, resumeVersion: 'v3' }, 'options', 60 * DAY);
  return { a, b, c, d };
}

const rowTitles = (root: HTMLElement) => [...root.querySelectorAll('tbody .row-link')].map((el) => el.textContent);

describe('sorting and filtering the rows', () => {
  it('sorts by applied date either way with jobs not applied to last, and by title', async () => {
    await pipeline();
    const rows = (await db.applications.toArray()).map(toRow);
    const titles = (list: readonly { title: string }[]) => list.map((r) => r.title);
    expect(titles(sortRows(rows, { key: 'appliedAt', direction: 'descending' }))).toEqual(['Designer', 'Researcher', 'Analyst', 'Engineer']);
    expect(titles(sortRows(rows, { key: 'appliedAt', direction: 'ascending' }))).toEqual(['Analyst', 'Researcher', 'Designer', 'Engineer']);
    expect(titles(sortRows(rows, { key: 'title', direction: 'descending' }))).toEqual(['Researcher', 'Engineer', 'Designer', 'Analyst']);
    expect(titles(sortRows(rows, { key: 'stage', direction: 'ascending' }))[0]).toBe('Engineer');
  });

  it('filters by tag (any spelling), excitement and résumé, and search finds tags', async () => {
    await pipeline();
    const rows = (await db.applications.toArray()).map(toRow);
    const titles = (f: Partial<typeof NO_FILTERS>) => filterApplications(rows, { ...NO_FILTERS, ...f }).map((r) => r.title);
    expect(titles({ tag: 'referral' })).toEqual(['Analyst']);
    expect(titles({ minExcitement: '4' })).toEqual(['Analyst']);
    expect(titles({ resumeVersion: 'v3' })).toEqual(['Analyst']);
    expect(titles({ text: 'referral' })).toEqual(['Analyst']);
    expect(titles({ minExcitement: '' })).toHaveLength(4);
  });
});

describe('the table', () => {
  it('sorts by a column header and says so with aria-sort; hides closed applications, remembered, with the debrief offered', async () => {
    await pipeline();
    view = mount(<OptionsApp db={db} />);
    const root = view.root;
    await waitFor(() => rowTitles(root).length === 4, 'four rows');
    expect(rowTitles(root)).toEqual(['Analyst', 'Researcher', 'Engineer', 'Designer']); // most recently updated first

    click(byText(root, 'th button', /Applied/));
    await waitFor(() => rowTitles(root)[0] === 'Designer', 'sorted by applied date');
    expect(rowTitles(root)).toEqual(['Designer', 'Researcher', 'Analyst', 'Engineer']);
    expect(byText(root, 'th', /Applied/).getAttribute('aria-sort')).toBe('descending');
    click(byText(root, 'th button', /Applied/));
    await waitFor(() => rowTitles(root)[0] === 'Analyst', 'the other way');
    expect(byText(root, 'th', /Applied/).getAttribute('aria-sort')).toBe('ascending');

    click(byText(root, 'label', 'Hide closed applications').querySelector('input')!);
    await waitFor(() => !rowTitles(root).includes('Researcher'), 'rejected one hidden');
    expect(localStorage.getItem('rebound:hide-closed')).toBe('hide');
    const note = await waitFor(() => root.querySelector('[data-testid="closed-hidden-note"]')?.textContent?.includes('debrief') && root.querySelector('[data-testid="closed-hidden-note"]'), 'note with the debrief');
    expect(note.textContent).toContain('1 closed application hidden.');
    expect(note.querySelector('a')?.getAttribute('href')).toMatch(/^#\/debrief\//);
    click(byText(root, 'button', 'Show them'));
    await waitFor(() => rowTitles(root).includes('Researcher'), 'shown again');
    expect(localStorage.getItem('rebound:hide-closed')).toBe('show');
  });
});
