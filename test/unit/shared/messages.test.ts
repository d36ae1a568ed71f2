import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/shared/messages';
import { draft } from '../../support/builders';

const ID = '3b241101-e2bb-4255-8caf-4136c566a962';

describe('message validation', () => {
  it('accepts a well-formed capture', () => {
    const parsed = parseRequest({ type: 'capture/save', draft: draft(), stage: 'saved', trigger: 'popup', captureId: ID });
    expect(parsed.ok).toBe(true);
  });

  it.each([
    ['not an object', 'hello'],
    ['no type', { draft: draft() }],
    ['an unknown type', { type: 'db/drop-everything' }],
    ['a missing field', { type: 'capture/save', draft: { ...draft(), title: undefined }, stage: 'saved', trigger: 'popup', captureId: ID }],
    ['a capture without its id', { type: 'capture/save', draft: draft(), stage: 'saved', trigger: 'popup' }],
    ['a capture id that is not one', { type: 'capture/save', draft: draft(), stage: 'saved', trigger: 'popup', captureId: 'retry-me' }],
    ['a wrong stage', { type: 'capture/save', draft: draft(), stage: 'hired', trigger: 'popup', captureId: ID }],
    ['a javascript: URL', { type: 'capture/save', draft: draft({ url: 'javascript:alert(1)' }), stage: 'saved', trigger: 'popup', captureId: ID }],
    ['a huge title', { type: 'capture/save', draft: draft({ title: 'x'.repeat(10_000) }), stage: 'saved', trigger: 'popup', captureId: ID }],
    ['a bad undo token', { type: 'capture/undo', token: 'nope' }],
    ['a negative tab id', { type: 'tab/detect', tabId: -1 }],
  ])('rejects %s with a clear message', (_name, raw) => {
    const parsed = parseRequest(raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(/^The message was not understood/);
  });
});
