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

it('after an application several saved jobs could be, asks which one (where and when each was saved) and says what the answer did', async () => {
  const root = captureShadow();
  const ack = {
    applicationId: 'new', created: true, stage: 'applied' as const, undoToken: null,
    choices: [
      { applicationId: 'from-linkedin', title: 'Staff Platform Engineer', company: 'Fabrikam', site: 'LinkedIn', savedAt: Date.UTC(2026, 11, 1) },
      { applicationId: 'from-wellfound', title: 'Staff Platform Engineer', company: 'Fabrikam', site: 'Wellfound', savedAt: Date.UTC(2026, 11, 3) },
    ],
  };
  const onChoose = vi.fn(async () => true);
  showToast({ kind: 'which-job', title: 'Staff Platform Engineer', company: 'Fabrikam', ack }, { send: vi.fn(), onChoose });
  expect(root().textContent).toContain('Is this the Staff Platform Engineer at Fabrikam you saved?');
  expect(root().textContent).toContain('Your application is recorded.');
  const buttons = labels(root());
  expect(buttons.filter((b) => b?.startsWith('Yes — the one saved from LinkedIn on '))).toHaveLength(1);
  expect(buttons.filter((b) => b?.startsWith('Yes — the one saved from Wellfound on '))).toHaveLength(1);
  expect(buttons).toContain('No, it’s new');
  Array.from(root().querySelectorAll('button')).find((b) => b.textContent?.includes('Wellfound'))!.click();
  expect(onChoose).toHaveBeenCalledWith('from-wellfound');
  await vi.waitFor(() => expect(root().textContent).toContain('Done — one job now, marked applied'));
});

it('with every choice from one site, names it; “No, it’s new” keeps the application as it is', () => {
  const root = captureShadow();
  const choice = (id: string, day: number) => ({ applicationId: id, title: 'Data Analyst', company: 'Acme', site: 'LinkedIn', savedAt: Date.UTC(2026, 11, day) });
  const onChoose = vi.fn(async () => true);
  showToast(
    { kind: 'which-job', title: 'Data Analyst', company: 'Acme', ack: { applicationId: 'n', created: true, stage: 'applied', undoToken: null, choices: [choice('a', 1), choice('b', 2)] } },
    { send: vi.fn(), onChoose },
  );
  expect(root().textContent).toContain('Is this the Data Analyst at Acme you saved from LinkedIn?');
  Array.from(root().querySelectorAll('button')).find((b) => b.textContent === 'No, it’s new')!.click();
  expect(onChoose).not.toHaveBeenCalled();
  expect(root().textContent).toContain('Kept as a new application.');
});

it('after joining a job saved on another site, says so', () => {
  const root = captureShadow();
  showToast({ kind: 'applied', title: 'Senior Data Engineer', company: 'Northwind', ack: { applicationId: 'a', created: false, stage: 'applied', undoToken: null, joinedFrom: 'LinkedIn' } }, { send: vi.fn() });
  expect(root().textContent).toContain('Senior Data Engineer at Northwind — added to the job you saved from LinkedIn.');
});
