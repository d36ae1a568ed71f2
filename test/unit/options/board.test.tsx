import { describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { saveCapture, timeline } from '../../../src/db/repository';
import type { ReboundDb } from '../../../src/db/schema';
import { OptionsApp } from '../../../src/options/OptionsApp';
import { stageForKey, boardColumns } from '../../../src/options/pipeline/board';
import { BoardView } from '../../../src/options/pipeline/BoardView';
import { toRow } from '../../../src/options/pipeline/pipeline-row';
import { DbProvider } from '../../../src/ui/db-context';
import { byAriaLabel, byLabel, byText, choose, click, eachUiTest, mount, type Mounted, waitFor } from '../ui/dom';
import { newDraft } from '../../support/builders';

let db: ReboundDb;
let view: Mounted | undefined;

eachUiTest({ at: '#/' }, (fresh) => (db = fresh));

const column = (root: HTMLElement, stage: string) => root.querySelector<HTMLElement>(`[data-stage="${stage}"]`)!;
const titlesIn = (root: HTMLElement, stage: string) =>
  [...column(root, stage).querySelectorAll('.board-card__title')].map((a) => a.textContent);

function press(element: Element, key: string) {
  act(() => {
    element.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
}

async function openBoard() {
  const designer = await saveCapture(db, newDraft({ title: 'Designer', company: 'Acme' }), { source: 'popup', stage: 'applied', now: 1000 });
  await saveCapture(db, newDraft({ title: 'Analyst', company: 'Fable' }), { source: 'popup', stage: 'saved', now: 2000 });
  view = mount(<OptionsApp db={db} />);
  const root = view.root;
  await waitFor(() => root.querySelector('tbody .row-link'), 'table first');
  click(byText(root, 'button', 'Board'));
  await waitFor(() => titlesIn(root, 'applied').length === 1, 'board');
  return { root, id: designer.application.id };
}

describe('board keys', () => {
  it('maps ← and → to the neighbouring stages, and nothing past either end', () => {
    expect(stageForKey('applied', 'ArrowRight')).toBe('screening');
    expect(stageForKey('applied', 'ArrowLeft')).toBe('saved');
    expect(stageForKey('saved', 'ArrowLeft')).toBeNull();
    expect(stageForKey('no_response', 'ArrowRight')).toBeNull();
    expect(stageForKey('applied', 'Enter')).toBeNull();
  });

  it('groups rows into one column per stage, keeping their order', () => {
    const cols = boardColumns([
      { id: '1', stage: 'offer' as const },
      { id: '2', stage: 'saved' as const },
      { id: '3', stage: 'offer' as const },
    ]);
    expect(cols.map((c) => c.stage)[0]).toBe('saved');
    expect(cols.find((c) => c.stage === 'offer')?.rows.map((r) => r.id)).toEqual(['1', '3']);
    expect(cols).toHaveLength(9);
  });
});

describe('the board', () => {
  it('moves a card with the arrow keys through setStage, announces it and keeps focus on it', async () => {
    const { root, id } = await openBoard();
    expect(titlesIn(root, 'saved')).toEqual(['Analyst']);

    const card = byText(column(root, 'applied'), '.board-card__title', 'Designer');
    card.focus();
    press(card, 'ArrowRight');
    await waitFor(() => titlesIn(root, 'screening').includes('Designer'), 'moved to screening');
    expect(titlesIn(root, 'applied')).toEqual([]);
    expect(root.querySelector('[data-testid="board-announcement"]')?.textContent).toBe('Moved Designer at Acme to Screening.');
    await waitFor(async () => (await db.applications.get(id))?.stage === 'screening', 'stored');

    // Focus followed the card, so a second press moves it on.
    await waitFor(() => document.activeElement?.textContent === 'Designer', 'focus on the moved card');
    press(document.activeElement!, 'ArrowRight');
    await waitFor(() => titlesIn(root, 'interviewing').includes('Designer'), 'moved to interviewing');
    await waitFor(async () => (await db.applications.get(id))?.stage === 'interviewing', 'stored again');

    const events = (await timeline(db, id)).filter((e) => e.kind === 'stage');
    expect(events.map((e) => [e.from, e.to, e.source])).toEqual([
      ['applied', 'screening', 'options'],
      ['screening', 'interviewing', 'options'],
    ]);
  });

  it('ignores arrows with modifiers and keeps the first column’s ← a no-op', async () => {
    const { root } = await openBoard();
    const analyst = byText(column(root, 'saved'), '.board-card__title', 'Analyst');
    const analystId = (await db.applications.toArray()).find((a) => a.title === 'Analyst')!.id;
    press(analyst, 'ArrowLeft');
    act(() => {
      analyst.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', altKey: true, bubbles: true }));
    });
    // Keys are handled in order: once a plain → after them is announced and stored, the two before it
    // have been handled too. Had either moved the card, it would now be a column further on, with two moves.
    press(byText(root, '.board-card__title', 'Analyst'), 'ArrowRight');
    const announcement = () => root.querySelector('[data-testid="board-announcement"]')?.textContent;
    await waitFor(() => announcement() === 'Moved Analyst at Fable to Applied.', 'the plain → announced');
    await waitFor(async () => (await timeline(db, analystId)).some((e) => e.kind === 'stage'), 'the move stored');
    expect(titlesIn(root, 'saved')).toEqual([]);
    expect(titlesIn(root, 'applied').sort()).toEqual(['Analyst', 'Designer']);
    const moves = (await timeline(db, analystId)).filter((e) => e.kind === 'stage');
    expect(moves.map((e) => [e.from, e.to])).toEqual([['saved', 'applied']]);
  });

  it('moves a card with its “Move to” menu, and remembers the board view', async () => {
    const { root, id } = await openBoard();
    const select = byAriaLabel(root, 'Move to: Designer at Acme');
    choose(select, 'offer');
    await waitFor(() => titlesIn(root, 'offer').includes('Designer'), 'moved to offer');
    await waitFor(async () => (await db.applications.get(id))?.stage === 'offer', 'stored');
    expect(localStorage.getItem('rebound:pipeline-view')).toBe('board');
  });

  it('filters the board with the same filters as the table', async () => {
    const { root } = await openBoard();
    choose(byLabel(root, 'Stage'), 'saved');
    await waitFor(() => titlesIn(root, 'applied').length === 0, 'filtered');
    expect(titlesIn(root, 'saved')).toEqual(['Analyst']);
  });
});

describe('the Closed column', () => {
  it('folds each closed stage to one line with its count, opens on demand, and opens when a card moves in', async () => {
    const { root, id } = await openBoard();
    await saveCapture(db, newDraft({ title: 'Old one', company: 'Initech', jobId: '77', url: 'https://boards.greenhouse.io/acme/jobs/77' }), { source: 'popup', stage: 'saved', now: 500 });
    const old = (await db.applications.toArray()).find((a) => a.title === 'Old one')!;
    await db.applications.update(old.id, { stage: 'withdrawn' });
    const toggle = (stage: string) => column(root, stage).querySelector<HTMLButtonElement>('.board-group__toggle')!;
    await waitFor(() => toggle('withdrawn').textContent?.includes('1'), 'withdrawn counted');
    expect(toggle('withdrawn').getAttribute('aria-expanded')).toBe('false');
    expect(titlesIn(root, 'withdrawn')).toEqual([]);
    click(toggle('withdrawn'));
    await waitFor(() => titlesIn(root, 'withdrawn').includes('Old one'), 'opened');
    expect(toggle('withdrawn').getAttribute('aria-expanded')).toBe('true');
    expect(root.querySelector('[data-testid="closed-column"] h2')?.textContent).toContain('Closed');

    choose(byAriaLabel(root, 'Move to: Designer at Acme'), 'no_response');
    await waitFor(() => titlesIn(root, 'no_response').includes('Designer'), 'moved and shown');
    expect(toggle('no_response').getAttribute('aria-expanded')).toBe('true');
    await waitFor(async () => (await db.applications.get(id))?.stage === 'no_response', 'stored');
  });
});

describe('the board while the pipeline loads', () => {
  it('shows only the settled newest cards, with no counts and no "nothing here" yet', async () => {
    const newest = toRow((await saveCapture(db, newDraft({ title: 'Newest' }), { source: 'popup', stage: 'applied', now: 5000 })).application);
    const older = toRow((await saveCapture(db, newDraft({ title: 'Older' }), { source: 'popup', stage: 'saved', now: 1000 })).application);
    const board = (settledFrom: number | null) => (
      <DbProvider db={db}>
        <BoardView rows={[newest, older]} settledFrom={settledFrom} />
      </DbProvider>
    );
    view = mount(board(5000));
    const root = view.root;
    expect(titlesIn(root, 'applied')).toEqual(['Newest']);
    expect(titlesIn(root, 'saved')).toEqual([]);
    expect(column(root, 'saved').textContent).toContain('Gathering…');
    expect(column(root, 'saved').textContent).not.toContain('Nothing here right now');
    expect(column(root, 'applied').querySelector('.board-column__count')!.textContent).toContain('still counting');

    view.unmount();
    view = mount(board(null));
    expect(titlesIn(view.root, 'saved')).toEqual(['Older']);
    expect(column(view.root, 'applied').querySelector('.board-column__count')!.textContent).toBe(': 1');
  });
});
