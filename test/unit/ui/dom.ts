/**
 * Small DOM helpers for rendering Preact components in happy-dom (no testing-library needed), and the
 * one setup and teardown every UI test file shares (eachUiTest).
 */
import type { DBCoreTransaction } from 'dexie';
import { render, type VNode } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach } from 'vitest';
import { openDb, type ReboundDb } from '../../../src/db/schema';

/** This file's open test databases, each with how many of its transactions have not finished yet. */
const running = new Map<ReboundDb, number>();

/** A new, empty database; the transactions it runs are counted, so a test can wait for the last one. */
export function freshDb(): ReboundDb {
  const db = openDb(`test-${crypto.randomUUID()}`);
  running.set(db, 0);
  const change = (by: number) => running.set(db, (running.get(db) ?? 0) + by);
  db.use({
    stack: 'dbcore',
    name: 'test-running-transactions',
    create: (down) => ({
      ...down,
      transaction(...args) {
        // In Dexie's IndexedDB core the transaction it hands out is the IDBTransaction itself.
        const transaction = down.transaction(...args) as DBCoreTransaction & Partial<IDBTransaction>;
        change(1);
        transaction.addEventListener?.('complete', () => change(-1));
        transaction.addEventListener?.('abort', () => change(-1));
        return transaction;
      },
    }),
  });
  return db;
}

/**
 * Close a test database and delete it once its last transaction has finished: a view that closes
 * writes what it still holds (the debrief's autosave), and deleting under it would fail that write.
 */
export async function deleteWhenSettled(db: ReboundDb): Promise<void> {
  await waitFor(() => running.get(db) === 0, 'the database’s last transaction');
  running.delete(db);
  db.close();
  await db.delete();
}

export interface Mounted {
  root: HTMLElement;
  unmount(): void;
}

/** Views still on the page; eachUiTest unmounts them after each test. */
const mounted = new Set<Mounted>();

export function mount(vnode: VNode): Mounted {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(vnode, root));
  const view: Mounted = {
    root,
    unmount() {
      if (!mounted.delete(view)) return;
      act(() => render(null, root));
      root.remove();
    },
  };
  mounted.add(view);
  return view;
}

/**
 * The setup and teardown of a UI test file, in one line. Before each test: storage cleared, a fresh
 * database handed to `useDb` (when given), and the page at `at` (when given). After each: every view
 * the test mounted is unmounted, then each database it opened is deleted once settled.
 */
export function eachUiTest(options: { at?: string } = {}, useDb?: (db: ReboundDb) => void): void {
  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
    if (useDb) useDb(freshDb());
    if (options.at) go(options.at);
  });
  afterEach(async () => {
    for (const view of [...mounted]) view.unmount();
    for (const db of [...running.keys()]) await deleteWhenSettled(db);
  });
}

/**
 * Poll until `check` returns (or resolves to) something truthy: liveQuery and IndexedDB answer
 * asynchronously.
 */
export async function waitFor<T>(
  check: () => T | null | undefined | false | Promise<T | null | undefined | false>,
  what = 'condition',
  timeoutMs = 3000,
): Promise<T> {
  const started = Date.now();
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() - started > timeoutMs) {
      throw new Error(`Timed out waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`);
    }
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  }
}

export function typeInto(element: Element, value: string): void {
  const input = element as HTMLInputElement;
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export function choose(element: Element, value: string): void {
  const select = element as HTMLSelectElement;
  act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

export function click(element: Element): void {
  act(() => {
    (element as HTMLElement).click();
  });
}

/** The control a <label> with exactly this text points at. */
export function byLabel(root: ParentNode, text: string): HTMLInputElement {
  const label = [...root.querySelectorAll('label')].find((l) => l.textContent?.trim() === text);
  if (!label) throw new Error(`No label "${text}"`);
  const control = (root as Element).ownerDocument!.getElementById(label.htmlFor);
  if (!control) throw new Error(`Label "${text}" points at nothing`);
  return control as HTMLInputElement;
}

/** The element with this accessible name given by aria-label (e.g. the stage selects). */
export function byAriaLabel<E extends Element = HTMLSelectElement>(root: ParentNode, name: string): E {
  const found = [...root.querySelectorAll<E>('[aria-label]')].find(
    (el) => el.getAttribute('aria-label') === name,
  );
  if (!found) throw new Error(`Nothing labelled "${name}"`);
  return found;
}

/** The first element matching `selector` whose text is (or contains) `text`. */
export function byText<E extends Element = HTMLElement>(
  root: ParentNode,
  selector: string,
  text: string | RegExp,
): E {
  const found = [...root.querySelectorAll<E>(selector)].find((element) => {
    const content = element.textContent?.trim() ?? '';
    return typeof text === 'string' ? content === text : text.test(content);
  });
  if (!found) throw new Error(`No ${selector} with text ${String(text)}`);
  return found;
}

export function queryByText(
  root: ParentNode,
  selector: string,
  text: string | RegExp,
): HTMLElement | undefined {
  try {
    return byText<HTMLElement>(root, selector, text);
  } catch {
    return undefined;
  }
}

/** Move the options page to a hash route, as a click on one of its links does. */
export function go(hash: string): void {
  act(() => {
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
}
