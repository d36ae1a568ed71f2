/**
 * The popup's next steps read the list the background stored (never the whole pipeline), leave out
 * what is snoozed, and ask the background for a fresh list on opening and after every change.
 */
import { describe, expect, it, vi } from 'vitest';
import { emptyDeliveryState, type DeliveryState } from '../../../src/core/nudges/delivery-state';
import { nextStepsCache, parseNextStepsCache, type NextStepsCache } from '../../../src/core/nudges/next-steps-cache';
import type { Nudge } from '../../../src/core/nudges/types';
import { saveCapture, setStage } from '../../../src/db/repository';
import type { ReboundDb } from '../../../src/db/schema';
import { NextSteps, NOT_NOW_DAYS, type NextStepsServices } from '../../../src/popup/NextSteps';
import { DbProvider } from '../../../src/ui/db-context';
import { byText, click, eachUiTest, mount, type Mounted, waitFor } from '../ui/dom';
import { newDraft } from '../../support/builders';

const NOW = Date.UTC(2026, 2, 11, 10);

function nudge(key: string, title: string, overrides: Partial<Nudge> = {}): Nudge {
  return {
    kind: 'follow-up',
    key,
    title,
    body: `Because of ${title}.`,
    target: { view: 'app', id: key },
    actionLabel: 'Open it',
    priority: 50,
    ...overrides,
  };
}

/** Fake services over a fake storage: `stored` is what chrome.storage.local holds under "nextSteps". */
function fakeServices(initial: unknown, state: DeliveryState = emptyDeliveryState()) {
  const listeners = new Set<() => void>();
  const store = { nextSteps: initial, state };
  const services = {
    loadNextSteps: vi.fn(async () => parseNextStepsCache(store.nextSteps)),
    loadState: vi.fn(async () => store.state),
    refresh: vi.fn(async () => {}),
    watch: vi.fn((onChange: () => void) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    }),
    open: vi.fn(),
    snooze: vi.fn(async () => {}),
    now: () => NOW,
  } satisfies NextStepsServices;
  /** What the background does after a refresh: write storage, which tells every listener. */
  const write = (next: { nextSteps?: NextStepsCache; state?: DeliveryState }) => {
    Object.assign(store, next);
    for (const listener of listeners) listener();
  };
  return { services, write };
}

let db: ReboundDb;
let view: Mounted | undefined;

eachUiTest({}, (fresh) => (db = fresh));

const titles = (root: HTMLElement) => [...root.querySelectorAll('.next-steps__title')].map((b) => b.textContent);

function show(services: NextStepsServices) {
  view = mount(
    <DbProvider db={db}>
      <NextSteps services={services} />
    </DbProvider>,
  );
  return view.root;
}

describe('popup next steps', () => {
  it('shows the stored list at once, the four most useful, without what is snoozed', async () => {
    const list = ['A', 'B', 'C', 'D', 'E', 'F'].map((t) => nudge(`follow-up:${t}`, `Follow up with ${t}?`));
    const state = { ...emptyDeliveryState(), snoozes: { 'follow-up:B': NOW + 86_400_000 } };
    const { services } = fakeServices(nextStepsCache(list, NOW - 60_000), state);
    const root = show(services);
    await waitFor(() => titles(root).length > 0, 'the list');
    expect(titles(root)).toEqual(['Follow up with A?', 'Follow up with C?', 'Follow up with D?', 'Follow up with E?']);
    expect(byText(root, 'h2, h3', 'Next steps')).toBeTruthy();
  });

  it('shows nothing when no list is stored, and asks the background for one', async () => {
    const { services } = fakeServices(undefined);
    const root = show(services);
    await waitFor(() => services.refresh.mock.calls.length > 0, 'a refresh request');
    await waitFor(() => services.loadNextSteps.mock.calls.length > 0, 'the stored list read');
    expect(root.textContent).toBe('');
  });

  it('shows nothing (and no error) when the stored list is damaged, and asks for a fresh one', async () => {
    const { services, write } = fakeServices({ computedAt: 'yesterday', nudges: [{ title: 42 }] });
    const root = show(services);
    await waitFor(() => services.refresh.mock.calls.length > 0, 'a refresh request');
    expect(root.textContent).toBe('');
    // The background answers by storing a good list: it appears.
    write({ nextSteps: nextStepsCache([nudge('follow-up:x', 'Follow up with X?')], NOW) });
    await waitFor(() => titles(root).length === 1, 'the fresh list');
    expect(titles(root)).toEqual(['Follow up with X?']);
  });

  it('follows storage: a new list or a snooze shows without reopening', async () => {
    const { services, write } = fakeServices(nextStepsCache([nudge('follow-up:a', 'Follow up with A?')], NOW));
    const root = show(services);
    await waitFor(() => titles(root).length === 1, 'the list');
    write({ nextSteps: nextStepsCache([nudge('momentum', '2 saved jobs waiting for you', { kind: 'momentum' }), nudge('follow-up:a', 'Follow up with A?')], NOW + 1) });
    await waitFor(() => titles(root).length === 2, 'the new list');
    expect(titles(root)).toEqual(['2 saved jobs waiting for you', 'Follow up with A?']);
    write({ state: { ...emptyDeliveryState(), snoozes: { momentum: NOW + 1000 } } });
    await waitFor(() => titles(root).length === 1, 'the snooze applied');
    expect(titles(root)).toEqual(['Follow up with A?']);
  });

  it('asks for a fresh list on opening and again when the pipeline changes while open', async () => {
    const saved = await saveCapture(db, newDraft({ title: 'Designer', company: 'Acme' }), { source: 'popup', stage: 'applied' });
    const { services } = fakeServices(nextStepsCache([], NOW));
    show(services);
    await waitFor(() => services.refresh.mock.calls.length === 1, 'the refresh on opening');
    const refreshesAfter = async (change: () => Promise<unknown>, what: string) => {
      const before = services.refresh.mock.calls.length;
      await change();
      await waitFor(() => services.refresh.mock.calls.length > before, what);
    };
    // A one-click stage change in the popup (as RecentApplications does it).
    await refreshesAfter(() => setStage(db, saved.application.id, 'interviewing', 'popup'), 'a refresh after the change');
    await refreshesAfter(
      () => saveCapture(db, newDraft({ title: 'Researcher', company: 'Globex' }), { source: 'popup', stage: 'saved' }),
      'a refresh after a new capture',
    );
  });

  it('"Not now" snoozes that nudge for a week, and a title opens where it leads', async () => {
    const { services } = fakeServices(nextStepsCache([nudge('follow-up:acme', 'Follow up with Acme?', { target: { view: 'app', id: 'acme' } })], NOW));
    const root = show(services);
    await waitFor(() => titles(root).length === 1, 'the list');
    click(byText(root, 'button', 'Not now'));
    expect(services.snooze).toHaveBeenCalledWith('follow-up:acme', NOT_NOW_DAYS);
    click(byText(root, 'button', 'Follow up with Acme?'));
    expect(services.open).toHaveBeenCalledWith('/app/acme');
  });
});
