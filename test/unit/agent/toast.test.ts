import { afterEach, describe, expect, it, vi } from 'vitest';
import { hideToast, showToast, TOAST_HOST_ID } from '../../../src/agent/toast';
import { chooseCorner, overlaps } from '../../../src/agent/toast-layout';

/** The toast's shadow root is closed; tests reach it by capturing attachShadow's return value. */
function captureShadow(): { root: () => ShadowRoot } {
  let captured: ShadowRoot | undefined;
  const original = HTMLElement.prototype.attachShadow;
  vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(function (this: HTMLElement, init: ShadowRootInit) {
    captured = original.call(this, init);
    return captured;
  });
  return { root: () => captured! };
}

const ack = { applicationId: 'app-1', created: true, stage: 'applied' as const, undoToken: '00000000-0000-4000-8000-000000000000' };

afterEach(() => {
  hideToast();
  vi.restoreAllMocks();
});

describe('toast', () => {
  it('shows page text as text, in a closed shadow root', () => {
    const spy = captureShadow();
    const send = vi.fn();
    showToast({ kind: 'applied', title: '<img src=x onerror=alert(1)>', company: '<b>Acme</b>', ack }, { send });
    const host = document.getElementById(TOAST_HOST_ID)!;
    expect(host.shadowRoot).toBeNull();
    const root = spy.root();
    expect(root.mode).toBe('closed');
    expect(root.querySelector('img, b')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=alert(1)> at <b>Acme</b>');
    expect(root.textContent).toContain('Application recorded — well done for sending it');
    expect(root.querySelector('[role="status"]')).not.toBeNull();
  });

  it('sends Undo with the acknowledgement token and Edit with the application id', async () => {
    const spy = captureShadow();
    const send = vi.fn(async (request: { type: string }) =>
      request.type === 'capture/undo' ? { ok: true, value: { undone: true } } : { ok: true, value: {} },
    );
    showToast({ kind: 'saved', title: 'Designer', company: 'Acme', ack }, { send: send as never });
    const buttons = () => Array.from(spy.root().querySelectorAll('button'));
    buttons().find((b) => b.textContent === 'Undo')!.click();
    expect(send).toHaveBeenCalledWith({ type: 'capture/undo', token: ack.undoToken });
    await vi.waitFor(() => expect(spy.root().textContent).toContain('Undone'));
    showToast({ kind: 'saved', title: 'Designer', company: 'Acme', ack }, { send: send as never });
    buttons().find((b) => b.textContent === 'Edit')!.click();
    expect(send).toHaveBeenCalledWith({ type: 'options/open', applicationId: 'app-1' });
  });

  it('on a job already saved, says it is already in the pipeline and offers Edit, not Undo', () => {
    const spy = captureShadow();
    const send = vi.fn(async () => ({ ok: true, value: {} }));
    showToast({ kind: 'saved', title: 'Designer', company: 'Acme', ack: { ...ack, created: false } }, { send: send as never });
    expect(spy.root().textContent).toContain('Already in your pipeline');
    expect(spy.root().textContent).not.toContain('Saved to Rebound');
    const labels = Array.from(spy.root().querySelectorAll('button')).map((b) => b.textContent);
    expect(labels).not.toContain('Undo');
    Array.from(spy.root().querySelectorAll('button')).find((b) => b.textContent === 'Edit')!.click();
    expect(send).toHaveBeenCalledWith({ type: 'options/open', applicationId: 'app-1' });
  });

  it('asks with Yes and No when the signal is weak', () => {
    const spy = captureShadow();
    const onYes = vi.fn();
    showToast({ kind: 'ask', title: 'Designer', company: 'Acme' }, { send: vi.fn(), onYes });
    expect(spy.root().textContent).toContain('Did you just apply to Designer at Acme?');
    Array.from(spy.root().querySelectorAll('button')).find((b) => b.textContent === 'Yes, record it')!.click();
    expect(onYes).toHaveBeenCalledOnce();
    expect(document.getElementById(TOAST_HOST_ID)).toBeNull();
  });

  it('hides itself after a while, but not while pointed at', () => {
    vi.useFakeTimers();
    try {
      showToast({ kind: 'saved', title: 'A', company: 'B', ack }, { send: vi.fn(), autoHideMs: 1000 });
      const host = document.getElementById(TOAST_HOST_ID)!;
      host.dispatchEvent(new Event('mouseenter'));
      vi.advanceTimersByTime(5000);
      expect(document.getElementById(TOAST_HOST_ID)).not.toBeNull();
      host.dispatchEvent(new Event('mouseleave'));
      vi.advanceTimersByTime(1001);
      expect(document.getElementById(TOAST_HOST_ID)).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('has a dismiss button', () => {
    const spy = captureShadow();
    showToast({ kind: 'saved', title: 'A', company: 'B', ack }, { send: vi.fn() });
    (spy.root().querySelector('button[aria-label="Dismiss"]') as HTMLButtonElement).click();
    expect(document.getElementById(TOAST_HOST_ID)).toBeNull();
  });
});

describe('toast placement', () => {
  const bottom = { left: 900, top: 700, right: 1260, bottom: 840 };
  const top = { left: 900, top: 16, right: 1260, bottom: 156 };
  it('moves to the top when it would cover the submit button', () => {
    expect(overlaps(bottom, { left: 1100, top: 780, right: 1250, bottom: 820 })).toBe(true);
    expect(chooseCorner(bottom, top, [{ left: 1100, top: 780, right: 1250, bottom: 820 }])).toBe('top');
  });
  it('stays bottom-right otherwise', () => {
    expect(chooseCorner(bottom, top, [{ left: 10, top: 780, right: 200, bottom: 820 }])).toBe('bottom');
    expect(chooseCorner(bottom, top, [])).toBe('bottom');
  });
});
