import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { draft } from '../../support/builders';

const saveDraft = vi.fn();
vi.mock('../../../src/shared/browser', async () => ({ default: (await import('../../support/fake-browser')).fakeBrowser('rebound-id') }));
vi.mock('../../../src/background/capture', () => ({
  saveDraft: (...args: unknown[]) => saveDraft(...args),
  forgetHandedOver: vi.fn(async () => {}),
  undo: vi.fn(),
}));
vi.mock('../../../src/background/agent', () => ({ detectIn: vi.fn(), startWatching: vi.fn() }));
vi.mock('../../../src/background/open-options', () => ({ openOptions: vi.fn() }));

const { routeMessage } = await import('../../../src/background/message-router');

const popup: Runtime.MessageSender = { id: 'rebound-id', url: 'chrome-extension://rebound-id/src/popup/index.html' };
const contentScript: Runtime.MessageSender = {
  id: 'rebound-id',
  url: 'https://boards.greenhouse.io/acme/jobs/1',
  tab: { id: 4, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
  frameId: 0,
};
const otherExtension: Runtime.MessageSender = { id: 'someone-else', url: 'chrome-extension://someone-else/x.html' };

const captureId = '3b241101-e2bb-4255-8caf-4136c566a962';
const manualSave = { type: 'capture/save', draft: draft(), stage: 'saved', trigger: 'popup', captureId };
const autoSave = { type: 'capture/save', draft: draft(), stage: 'applied', trigger: 'submission', captureId };

beforeEach(() => {
  saveDraft.mockReset();
  saveDraft.mockResolvedValue({ applicationId: 'a', created: true, stage: 'saved', undoToken: 't' });
});

describe('routeMessage', () => {
  it('handles a valid request from the popup', async () => {
    const reply = await routeMessage(manualSave, popup);
    expect(reply).toEqual({ ok: true, value: { applicationId: 'a', created: true, stage: 'saved', undoToken: 't' } });
    expect(saveDraft).toHaveBeenCalledOnce();
  });

  it('refuses messages from another extension and writes nothing', async () => {
    const reply = await routeMessage(manualSave, otherExtension);
    expect(reply).toEqual({ ok: false, code: 'forbidden', error: 'Rebound only accepts messages from its own pages and scripts.' });
    expect(saveDraft).not.toHaveBeenCalled();
  });

  it('refuses malformed messages with a clear error and writes nothing', async () => {
    const reply = await routeMessage({ type: 'capture/save', draft: { title: 1 } }, popup);
    expect(reply).toMatchObject({ ok: false, code: 'invalid', error: expect.stringMatching(/not understood/) });
    expect(saveDraft).not.toHaveBeenCalled();
  });

  it('does not let a page pretend to be the popup, nor the popup report a page submission', async () => {
    expect(await routeMessage(manualSave, contentScript)).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await routeMessage(autoSave, popup)).toMatchObject({ ok: false, code: 'forbidden' });
    expect(saveDraft).not.toHaveBeenCalled();
    expect((await routeMessage(autoSave, contentScript)).ok).toBe(true);
  });

  it('answers a failure while handling with the code "failed", which a sender may retry', async () => {
    saveDraft.mockRejectedValueOnce(new Error('QuotaExceededError: the message was not understood by the disk'));
    const reply = await routeMessage(autoSave, contentScript);
    expect(reply).toMatchObject({ ok: false, code: 'failed' });
  });

  it('keeps privileged requests to extension pages', async () => {
    const reply = await routeMessage({ type: 'tab/detect', tabId: 3 }, contentScript);
    expect(reply).toEqual({ ok: false, code: 'forbidden', error: '"tab/detect" is not allowed from this sender.' });
    expect(await routeMessage({ type: 'nudges/refresh' }, contentScript)).toEqual({
      ok: false,
      code: 'forbidden',
      error: '"nudges/refresh" is not allowed from this sender.',
    });
  });
});
