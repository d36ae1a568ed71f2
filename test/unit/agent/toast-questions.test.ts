import { afterEach, expect, it, vi } from 'vitest';
import { hideToast, showToast } from '../../../src/agent/toast';

/** The toast's shadow root is closed; tests reach it by capturing attachShadow's return value. */
function captureShadow(): () => ShadowRoot {
  let captured: ShadowRoot | undefined;
  const original = HTMLElement.prototype.attachShadow;
  vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(function (this: HTMLElement, init: ShadowRootInit) {
    captured = original.call(this, init);
    return captured;
  });
  return () => captured!;
}

const labels = (root: ShadowRoot) => Array.from(root.querySelectorAll('button')).map((b) => b.textContent);

afterEach(() => {
  hideToast();
  vi.restoreAllMocks();
});

it('offers no Undo when none could be kept (storage full), and still says the save worked', () => {
  const root = captureShadow();
  showToast({ kind: 'saved', title: 'Designer', company: 'Acme', ack: { applicationId: 'a', created: true, stage: 'saved', undoToken: null } }, { send: vi.fn() });
  expect(root().textContent).toContain('Saved to Rebound');
  expect(labels(root())).toEqual(['×', 'Edit']);
});

it('asks before changing a record first seen on another site, naming it and that site', () => {
  const root = captureShadow();
  const onYes = vi.fn();
  showToast({ kind: 'same-job', title: 'Designer', company: 'Acme', message: 'www.acme.example' }, { send: vi.fn(), onYes });
  expect(root().textContent).toContain('Is this the job you saved as Designer at Acme?');
  expect(root().textContent).toContain('You saved that one from www.acme.example.');
  Array.from(root().querySelectorAll('button')).find((b) => b.textContent === 'Yes, same job')!.click();
  expect(onYes).toHaveBeenCalledOnce();
});
