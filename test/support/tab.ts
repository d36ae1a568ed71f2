/**
 * One Tab for both browsers. Each browser implements only the primitives of TabTransport (evaluate an
 * expression, move the real mouse, press a key, navigate, screenshot); finding elements, clicking,
 * filling and waiting are written once here, so a test behaves the same in Chromium and Firefox.
 */
import type { Tab, Target } from './driver';
import { pollUntil } from './driver';

export interface TabTransport {
  /** Evaluate a JavaScript expression in the page, awaiting a promise; returns its JSON-able value. */
  evaluate(expression: string): Promise<unknown>;
  mouse(type: 'move' | 'down' | 'up', x: number, y: number): Promise<void>;
  press(key: string): Promise<void>;
  navigate(url: string): Promise<void>;
  reload(): Promise<void>;
  url(): Promise<string>;
  activate(): Promise<void>;
  screenshot(file: string): Promise<void>;
  /** Run `click` and return the file the page downloads because of it. */
  download(click: () => Promise<void>): Promise<{ filename: string; text: string }>;
  close(): Promise<void>;
  dialogs: string[];
}

type WireTarget = { css?: string; text?: string; pattern?: { source: string; flags: string }; label?: string };

function wire(target: Target): WireTarget {
  if (typeof target === 'string') return { css: target };
  const { text, ...rest } = target;
  if (text instanceof RegExp) return { ...rest, pattern: { source: text.source, flags: text.flags } };
  return { ...rest, text };
}

const describe = (target: Target) => (typeof target === 'string' ? target : JSON.stringify(wire(target)));

/**
 * Runs in the page: the element `target` names, preferring visible ones and exact text over partial,
 * or null. Marks it with a data attribute so the next expression can find the same element.
 */
function locate(target: WireTarget): boolean {
  document.querySelector('[data-e2e-target]')?.removeAttribute('data-e2e-target');
  const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const visible = (el: Element) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  };
  let candidates = [...document.querySelectorAll(target.css ?? '*')];
  if (target.label !== undefined) {
    const labelOf = (el: Element) => {
      const labelled = el.getAttribute('aria-labelledby');
      const fromIds = labelled ? labelled.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ') : '';
      const fromLabels = 'labels' in el ? [...((el as HTMLInputElement).labels ?? [])].map((l) => l.textContent).join(' ') : '';
      return [norm(el.getAttribute('aria-label')), norm(fromIds), norm(fromLabels)];
    };
    const fields = candidates.filter((el) => /^(INPUT|SELECT|TEXTAREA|BUTTON)$/.test(el.tagName) || el.hasAttribute('contenteditable'));
    const exact = fields.filter((el) => labelOf(el).includes(target.label!));
    candidates = exact.length ? exact : fields.filter((el) => labelOf(el).some((l) => l.includes(target.label!)));
  }
  if (target.text !== undefined || target.pattern) {
    const text = (el: Element) => norm((el as HTMLElement).innerText ?? el.textContent);
    const pattern = target.pattern && new RegExp(target.pattern.source, target.pattern.flags);
    if (pattern) candidates = candidates.filter((el) => pattern.test(text(el)));
    else {
      const exact = candidates.filter((el) => text(el) === target.text);
      candidates = exact.length ? exact : candidates.filter((el) => text(el).toLowerCase().includes(target.text!.toLowerCase()));
    }
    // The innermost match, not every ancestor that contains the text too.
    candidates = candidates.filter((el) => !candidates.some((other) => other !== el && el.contains(other)));
  }
  const found = candidates.find(visible) ?? candidates[0];
  if (!found) return false;
  found.setAttribute('data-e2e-target', '');
  return true;
}

/** Runs in the page: the centre of the marked element, scrolled into view, or null while it is not laid out. */
function centreOfMarked(): { x: number; y: number } | null {
  const el = document.querySelector('[data-e2e-target]');
  // A disabled control ignores the click (a page still loading its state, say): wait, as Playwright does.
  if (!el || el.matches(':disabled')) return null;
  el.scrollIntoView({ block: 'center', inline: 'center' });
  const r = el.getBoundingClientRect();
  if (r.width === 0 || r.height === 0) return null;
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}

/** Runs in the page: set the marked field's value as typing would. */
function fillMarked(value: string): boolean {
  const el = document.querySelector('[data-e2e-target]') as HTMLInputElement | null;
  if (!el) return false;
  el.focus();
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'value')?.set;
  if (setter) setter.call(el, value);
  else el.value = value;
  el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: value }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
}

function setMarkedFiles(files: { name: string; mimeType: string; text: string }[]): boolean {
  const input = document.querySelector('[data-e2e-target]') as HTMLInputElement | null;
  if (!input) return false;
  const transfer = new DataTransfer();
  for (const f of files) transfer.items.add(new File([f.text], f.name, { type: f.mimeType }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
}

export function makeTab(t: TabTransport): Tab {
  const evaluate = async <T, A>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T> => {
    const json = (await t.evaluate(`(async () => JSON.stringify(await (${fn.toString()})(${JSON.stringify(arg ?? null)})))()`)) as
      | string
      | undefined;
    return (json === undefined ? undefined : JSON.parse(json)) as T;
  };
  const waitFor = <T, A>(fn: (arg: A) => T | Promise<T>, arg?: A, timeoutMs = 20_000) =>
    pollUntil(`${fn.toString().slice(0, 160)} in ${'the page'}`, () => evaluate(fn, arg), timeoutMs) as Promise<T>;

  /** Mark the target and return its centre, waiting for it to exist, be enabled and be laid out. */
  const centre = (target: Target): Promise<{ x: number; y: number }> =>
    pollUntil(
      () => `${describe(target)} to be on the page`,
      async () => ((await evaluate(locate, wire(target))) ? evaluate(centreOfMarked) : null),
    );

  const tab: Tab = {
    url: () => t.url(),
    goto: (url) => t.navigate(url),
    reload: () => t.reload(),
    evaluate,
    waitFor,
    async waitForURL(expected, timeoutMs = 20_000) {
      let now = '';
      await pollUntil(
        () => `the address ${String(expected)} (now ${now})`,
        async () => {
          now = await t.url();
          return typeof expected === 'string' ? now === expected : expected.test(now);
        },
        timeoutMs,
      );
    },
    async click(target) {
      const { x, y } = await centre(target);
      await t.mouse('move', x, y);
      await t.mouse('down', x, y);
      await t.mouse('up', x, y);
    },
    async fill(target, value) {
      await pollUntil(() => `${describe(target)} to fill`, async () => (await evaluate(locate, wire(target))) && evaluate(fillMarked, value));
    },
    async select(target, value) {
      await tab.fill(target, value);
    },
    press: (key) => t.press(key),
    async drag(from, to) {
      const a = await centre(from);
      await t.mouse('move', a.x, a.y);
      await t.mouse('down', a.x, a.y);
      await t.mouse('move', a.x + 10, a.y + 10);
      await t.mouse('move', a.x + 20, a.y + 20);
      const b = await centre(to);
      for (let i = 1; i <= 8; i++) await t.mouse('move', a.x + ((b.x - a.x) * i) / 8, a.y + ((b.y - a.y) * i) / 8);
      await t.mouse('up', b.x, b.y);
    },
    async setFiles(target, files) {
      await pollUntil(() => `${describe(target)} to take files`, async () => (await evaluate(locate, wire(target))) && evaluate(setMarkedFiles, files));
    },
    download: (target) => t.download(() => tab.click(target)),
    get dialogs() {
      return t.dialogs;
    },
    bringToFront: () => t.activate(),
    screenshot: (file) => t.screenshot(file),
    close: () => t.close(),
  };
  return tab;
}
