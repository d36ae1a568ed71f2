/**
 * A submit counts only after the person's own press on that control (or Enter inside its form), on a
 * control they could see and use. happy-dom has no layout and no trusted events, so each test gives
 * the boxes it needs and builds the "trusted" events the browser would.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ACTIVATION_WINDOW_MS, pressedControl, pressFrom, usableControl } from '../../../src/agent/activation';

function page(html: string) {
  document.body.replaceChildren(...new DOMParser().parseFromString(html, 'text/html').body.childNodes);
  for (const el of document.querySelectorAll('button, input')) {
    vi.spyOn(el, 'getBoundingClientRect').mockReturnValue({ width: 120, height: 32 } as DOMRect);
  }
  return (selector: string) => document.querySelector(selector)!;
}

/** The event a real press makes: trusted, targeted at what is under the pointer or has focus. */
function trusted(type: 'pointerdown' | 'keydown', target: Element, key = '') {
  return { type, isTrusted: true, key, target, composedPath: () => [target] } as unknown as Event;
}

const FORM = `<div id="banner"><button id="accept">Accept cookies</button></div>
  <form id="apply"><input id="email" type="email"><button id="send">Submit application</button>
  <button id="hidden" style="display:none">Submit application</button><button id="off" disabled>Submit application</button></form>
  <form id="other"><input id="search"></form>`;

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('the person’s press', () => {
  it('on the submit control counts; on a cookie banner it does not (a script’s requestSubmit after it)', () => {
    const $ = page(FORM);
    expect(pressedControl(pressFrom(trusted('pointerdown', $('#send')), 1000), $('#send'), 1200)).toBe(true);
    expect(pressedControl(pressFrom(trusted('pointerdown', $('#accept')), 1000), $('#send'), 1200)).toBe(false);
  });

  it('on a text inside the button counts (the target is the innermost element)', () => {
    const $ = page(FORM.replace('<button id="send">Submit application</button>', '<button id="send"><span id="label">Submit application</span></button>'));
    expect(pressedControl(pressFrom(trusted('pointerdown', $('#label')), 1000), $('#send'), 1200)).toBe(true);
  });

  it('Enter in a field of the form counts (implicit submission); Enter in another form or a click on a field does not', () => {
    const $ = page(FORM);
    expect(pressedControl(pressFrom(trusted('keydown', $('#email'), 'Enter'), 1000), $('#send'), 1001)).toBe(true);
    expect(pressedControl(pressFrom(trusted('keydown', $('#search'), 'Enter'), 1000), $('#send'), 1001)).toBe(false);
    expect(pressedControl(pressFrom(trusted('pointerdown', $('#email')), 1000), $('#send'), 1001)).toBe(false);
    expect(pressFrom(trusted('keydown', $('#email'), 'a'), 1000)).toBeNull();
  });

  it('long before the submit, or a press a script made (untrusted), never counts', () => {
    const $ = page(FORM);
    expect(pressedControl(pressFrom(trusted('pointerdown', $('#send')), 1000), $('#send'), 1000 + ACTIVATION_WINDOW_MS + 1)).toBe(false);
    expect(pressFrom({ ...trusted('pointerdown', $('#send')), isTrusted: false } as Event, 1000)).toBeNull();
    expect(pressedControl(null, $('#send'), 1000)).toBe(false);
  });
});

describe('controls nobody could have meant', () => {
  it('hidden, disabled or tiny controls never count, even when pressed', () => {
    const $ = page(FORM);
    expect(usableControl($('#send'))).toBe(true);
    expect(pressedControl(pressFrom(trusted('pointerdown', $('#hidden')), 1000), $('#hidden'), 1100)).toBe(false);
    expect(pressedControl(pressFrom(trusted('pointerdown', $('#off')), 1000), $('#off'), 1100)).toBe(false);
    vi.spyOn($('#send'), 'getBoundingClientRect').mockReturnValue({ width: 1, height: 1 } as DOMRect);
    expect(pressedControl(pressFrom(trusted('pointerdown', $('#send')), 1000), $('#send'), 1100)).toBe(false);
  });

  it('a control made transparent counts as hidden', () => {
    const $ = page(FORM.replace('<button id="send">', '<button id="send" style="opacity:0">'));
    expect(usableControl($('#send'))).toBe(false);
  });
});
