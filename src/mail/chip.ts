/**
 * The chip beside the opened message's subject: what Rebound thinks the email is, the sentence that
 * says so, and one-click actions. Nothing changes without a click. A closed shadow root, DOM nodes
 * and textContent only: the email's words are shown as text, never as markup.
 */
import type { MailCandidate, MailOffer, MailReading } from '../shared/mail-messages';
import { button, el, styleRoot } from '../shared/shadow-dom';
import { ADD, doneText, FILE, KIND, NOT } from './chip-words';
import { CHIP_CSS } from './chip-style';

export const CHIP_HOST_ID = 'rebound-reply-chip';

export interface ChipActions {
  /** File under an application (its id), or add a new one (null). Resolves with what to show next. */
  file(applicationId: string | null): Promise<{ ok: boolean; debrief: boolean; offers: number; canUndo: boolean }>;
  dismiss(): Promise<void>;
  undo(): Promise<boolean>;
  openDebrief(): void;
}

let current: { host: HTMLElement; root: ShadowRoot } | null = null;

export function removeChip(): void {
  current?.host.remove();
  current = null;
}

function mount(anchor: Element | null, doc: Document): ShadowRoot {
  removeChip();
  const host = doc.createElement('div');
  host.id = CHIP_HOST_ID;
  const root = host.attachShadow({ mode: 'closed' });
  styleRoot(root, CHIP_CSS);
  if (anchor?.parentElement) anchor.after(host);
  else {
    host.style.cssText = 'position:fixed;right:16px;bottom:16px;z-index:2147483647;';
    doc.body.append(host);
  }
  current = { host, root };
  return root;
}

function card(root: ShadowRoot, quiet = false): HTMLElement {
  root.querySelector('.chip')?.remove();
  const box = el('div', quiet ? 'chip quiet' : 'chip');
  box.setAttribute('role', 'status');
  root.append(box);
  return box;
}

function closeButton(): HTMLButtonElement {
  const close = button('×', 'close', removeChip);
  close.setAttribute('aria-label', 'Close');
  return close;
}

function about(reading: MailReading, target: MailCandidate | undefined): string {
  const company = target?.company || reading.company;
  const title = target?.title || reading.jobTitle;
  return `${company ? ` from ${company}` : ''}${title ? ` for ${title}` : ''}`;
}

/** A short message after an action, with optional buttons, that stays until closed or replaced. */
function say(root: ShadowRoot, text: string, buttons: HTMLButtonElement[] = []): void {
  const box = card(root);
  const line = el('div', 'line');
  line.append(el('span', 'text', text), closeButton());
  box.append(line);
  if (buttons.length) {
    const actions = el('div', 'actions');
    actions.append(...buttons);
    box.append(actions);
  }
}

/** Returns the closed root (for tests; the page cannot reach this script's values). */
export function showChip(anchor: Element | null, reading: MailReading, offer: MailOffer, actions: ChipActions, doc = document): ShadowRoot {
  const root = mount(anchor, doc);
  const box = card(root);
  const { candidates } = offer;
  let target: MailCandidate | undefined = offer.pick ? undefined : candidates[0];
  const headline = el('span', 'text');
  const line = el('div', 'line');
  line.append(headline, closeButton());
  const quote = el('div', 'quote', reading.sentence ? `“${reading.sentence}”` : '');
  const actionRow = el('div', 'actions');
  const addText = ADD[reading.label];

  const primary = button('', 'primary', () => void act());
  const render = () => {
    const suffix = target ? '' : candidates.length ? '' : ' (not in your pipeline yet)';
    headline.replaceChildren(el('span', 'brand', 'Rebound: '), `looks like ${KIND[reading.label]}${about(reading, target)}${suffix}.`);
    primary.textContent = target ? FILE[reading.label] : candidates.length && offer.pick ? FILE[reading.label] : (addText ?? FILE[reading.label]);
    primary.disabled = !target && (offer.pick || !addText);
  };

  const act = async () => {
    primary.disabled = true;
    const result = await actions.file(target?.applicationId ?? null).catch(() => null);
    if (!result?.ok) {
      say(root, 'Rebound could not save this just now. Please try again in a moment.');
      return;
    }
    const follow: HTMLButtonElement[] = [];
    if (reading.label === 'rejection' && result.debrief) follow.push(button('Start the debrief', 'primary', actions.openDebrief));
    if (result.canUndo) {
      follow.push(
        button('Undo', '', () =>
          void actions.undo().then((undone) => say(root, undone ? 'Undone: nothing was changed.' : 'It changed again since, so Rebound left it as it is.')),
        ),
      );
    }
    say(root, doneText(reading.label, !target, result.offers), follow);
  };

  actionRow.append(primary, button(NOT[reading.label], '', () => void actions.dismiss().then(() => say(root, 'Thanks — Rebound will leave this email alone.'))));

  if (candidates.length > (offer.pick ? 0 : 1) || (candidates.length > 0 && addText)) {
    const select = el('select', '');
    select.setAttribute('aria-label', offer.pick ? 'Which job is this about?' : 'Different job');
    select.append(el('option', '', offer.pick ? 'Which job? ▾' : 'Different job ▾'));
    (select.firstChild as HTMLOptionElement).value = '';
    for (const candidate of candidates) {
      const option = el('option', '', [candidate.title || 'Untitled', candidate.company].filter(Boolean).join(' · '));
      option.value = candidate.applicationId;
      select.append(option);
    }
    if (addText) {
      const none = el('option', '', 'None of these — add it');
      none.value = 'add';
      select.append(none);
    }
    select.addEventListener('change', () => {
      target = select.value === 'add' ? undefined : (candidates.find((c) => c.applicationId === select.value) ?? (offer.pick ? undefined : target));
      if (select.value === 'add') {
        primary.textContent = addText ?? '';
        primary.disabled = !addText;
        headline.replaceChildren(el('span', 'brand', 'Rebound: '), `looks like ${KIND[reading.label]}${about(reading, undefined)}.`);
        return;
      }
      render();
    });
    actionRow.append(select);
  }
  render();
  box.append(line, quote, actionRow);
  return root;
}

/** The quiet note when a message could not be read: no guess is made. */
export function showUnreadable(anchor: Element | null, doc = document): void {
  const root = mount(anchor, doc);
  const box = card(root, true);
  const line = el('div', 'line');
  line.append(el('span', 'text', 'Rebound couldn’t read this email.'), closeButton());
  box.append(line);
}
