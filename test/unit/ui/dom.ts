/** Small DOM helpers for rendering Preact components in happy-dom (no testing-library needed). */
import { render, type VNode } from 'preact';
import { act } from 'preact/test-utils';
import { openDb, type ReboundDb } from '../../../src/db/schema';

export function freshDb(): ReboundDb {
  return openDb(`test-${crypto.randomUUID()}`);
}

export interface Mounted {
  root: HTMLElement;
  unmount(): void;
}

export function mount(vnode: VNode): Mounted {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(vnode, root));
  return {
    root,
    unmount() {
      act(() => render(null, root));
      root.remove();
    },
  };
}

/** Poll until `check` returns something truthy (liveQuery and IndexedDB answer asynchronously). */
export async function waitFor<T>(
  check: () => T | null | undefined | false,
  what = 'condition',
  timeoutMs = 3000,
): Promise<T> {
  const started = Date.now();
  let lastError: unknown;
  for (;;) {
    try {
      const value = check();
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

/**
 * After a test: unmount its view, give the writes a closing view flushes 20 ms to finish, then close
 * and delete its database.
 */
export async function unmountAndDelete(view: Mounted | undefined, db: ReboundDb): Promise<void> {
  view?.unmount();
  await new Promise((resolve) => setTimeout(resolve, 20));
  db.close();
  await db.delete();
}
