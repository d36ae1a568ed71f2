import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHIP_HOST_ID, removeChip, showChip } from '../../../src/mail/chip';
import type { MailOffer, MailReading } from '../../../src/shared/mail-messages';
import { waitFor } from '../ui/dom';

const reading: MailReading = {
  label: 'rejection',
  sentence: '<img src=x onerror=alert(1)> we have decided to move forward with other candidates',
  company: 'Acme <b>Corp</b>',
  jobTitle: 'Product Designer',
  jobId: '',
};
const offer = (extra: Partial<MailOffer> = {}): MailOffer => ({
  offer: true,
  reading,
  when: null,
  candidates: [{ applicationId: 'a1', title: 'Product Designer', company: 'Acme', stage: 'applied' }],
  pick: false,
  offers: 0,
  ...extra,
});
const actions = () => ({
  file: vi.fn(async () => ({ ok: true, debrief: true, offers: 0, canUndo: true })),
  dismiss: vi.fn(async () => undefined),
  undo: vi.fn(async () => true),
  openDebrief: vi.fn(),
});
const buttons = (root: ShadowRoot) => [...root.querySelectorAll('button')].map((b) => b.textContent);
const click = (root: ShadowRoot, label: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === label)!.click();
/** Until the chip says this (each button's work ends by saying what happened). */
const says = (root: ShadowRoot, text: string) => waitFor(() => root.textContent?.includes(text), `“${text}”`);

afterEach(() => {
  removeChip();
  document.body.replaceChildren();
});

describe('the chip', () => {
  it('sits after the subject, shows page text as text, and changes nothing until clicked', async () => {
    const subject = document.body.appendChild(document.createElement('h2'));
    const act = actions();
    const root = showChip(subject, reading, offer(), act);
    expect(subject.nextElementSibling?.id).toBe(CHIP_HOST_ID);
    expect(root.querySelector('img, b')).toBeNull();
    expect(root.textContent).toContain('“<img src=x onerror=alert(1)> we have decided');
    expect(root.textContent).toContain('looks like a rejection from Acme for Product Designer');
    expect(buttons(root)).toEqual(['×', 'Mark rejected', 'Not a rejection']);
    expect(act.file).not.toHaveBeenCalled();
    click(root, 'Mark rejected');
    await says(root, 'Marked rejected.');
    expect(act.file).toHaveBeenCalledWith('a1');
    expect(buttons(root)).toEqual(['×', 'Start the debrief', 'Undo']);
    click(root, 'Undo');
    await says(root, 'Undone');
    expect(act.undo).toHaveBeenCalled();
  });

  it('lets the person pick when two applications fit, and add one when none does', async () => {
    const act = actions();
    const root = showChip(null, reading, offer({ pick: true, candidates: [...offer().candidates, { applicationId: 'a2', title: 'Designer', company: 'Acme', stage: 'applied' }] }), act);
    const primary = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Mark rejected')!;
    expect(primary.disabled).toBe(true);
    const select = root.querySelector('select')!;
    select.value = 'a2';
    select.dispatchEvent(new Event('change'));
    expect(primary.disabled).toBe(false);
    primary.click();
    await says(root, 'Marked rejected.');
    expect(act.file).toHaveBeenCalledWith('a2');

    const none = showChip(null, reading, offer({ candidates: [] }), actions());
    expect(none.textContent).toContain('(not in your pipeline yet)');
    expect(buttons(none)).toContain('Add it as rejected');
  });

  it('"Not a rejection" dismisses it', async () => {
    const act = actions();
    const root = showChip(null, reading, offer(), act);
    click(root, 'Not a rejection');
    await says(root, 'Rebound will leave this email alone.');
    expect(act.dismiss).toHaveBeenCalled();
    expect(act.file).not.toHaveBeenCalled();
  });
});
