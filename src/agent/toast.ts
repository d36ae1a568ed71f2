/**
 * The in-page toast: a closed shadow root (the page can neither read nor restyle it), built from DOM
 * nodes with textContent only — a job title like `<img src=x onerror=…>` is shown as the text it is.
 * It says what was captured, offers Undo and Edit, hides itself after a few seconds unless the person
 * is pointing at it or has focus in it, and keeps clear of the site's own submit button.
 */
import type { ToastRequest } from '../shared/agent-api';
import type { Reply, Request, RequestType, SameJobChoice } from '../shared/messages';
import { chooseCorner, type Box } from './toast-layout';
import { TOAST_CSS } from './toast-style';
import { button, el, styleRoot } from '../shared/shadow-dom';

export const TOAST_HOST_ID = 'rebound-toast-host';
export const AUTO_HIDE_MS = 8000;
const MARGIN = 16;

type Send = <T extends RequestType>(request: Extract<Request, { type: T }>) => Promise<Reply<T>>;

export interface ToastOptions {
  send: Send;
  /** The site's submit controls, to keep clear of. */
  avoid?: () => Element[];
  /** For "ask": what Yes does (record the application). */
  onYes?: () => void;
  onNo?: () => void;
  /** For "which-job": the person chose this saved record; resolves to whether they are one now. */
  onChoose?: (applicationId: string) => Promise<boolean>;
  autoHideMs?: number;
}

function jobLine(title: string, company: string): string {
  const t = title.trim() || 'this job';
  return company.trim() ? `${t} at ${company.trim()}` : t;
}

function headline(request: ToastRequest): string {
  switch (request.kind) {
    case 'saved':
      // The shortcut on a job already saved: say so, rather than "Saved" with an Undo of nothing.
      return request.ack && !request.ack.created ? 'Already in your pipeline' : 'Saved to Rebound';
    case 'applied':
      return 'Application recorded — well done for sending it';
    case 'ask':
      return `Did you just apply to ${jobLine(request.title, request.company)}?`;
    case 'same-job':
      return `Is this the job you saved as ${jobLine(request.title, request.company)}?`;
    case 'which-job':
      return whichJobQuestion(request.ack?.choices ?? []);
    case 'error':
      return 'Rebound could not save this just now';
  }
}

/** "Is this the Data Analyst at Acme you saved from LinkedIn?", or, saved from several places, which one. */
function whichJobQuestion(choices: readonly SameJobChoice[]): string {
  const [first] = choices;
  const sites = new Set(choices.map((c) => c.site));
  const from = sites.size === 1 && first?.site ? ` from ${first.site}` : '';
  return first ? `Is this the ${jobLine(first.title, first.company)} you saved${from}?` : 'Is this a job you saved before?';
}

function dayOf(at: number): string {
  try {
    return new Date(at).toLocaleDateString(undefined, { day: 'numeric', month: 'short' });
  } catch {
    return '';
  }
}

/** One saved record as a choice: where and when it was saved tells two of the same title apart. */
function choiceLabel(choice: SameJobChoice): string {
  const where = [choice.site ? `saved from ${choice.site}` : 'saved', dayOf(choice.savedAt)].filter(Boolean).join(' on ');
  return `Yes — the one ${where}`;
}

function boxOf(rect: DOMRect): Box {
  return { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
}

let current: { host: HTMLElement; timer: ReturnType<typeof setTimeout> | undefined } | null = null;

export function hideToast(): void {
  if (!current) return;
  clearTimeout(current.timer);
  current.host.remove();
  current = null;
}

export function showToast(request: ToastRequest, options: ToastOptions): void {
  hideToast();
  const host = document.createElement('div');
  host.id = TOAST_HOST_ID;
  // Inline styles through the CSSOM: allowed under any page CSP, and they win over page rules.
  Object.assign(host.style, { position: 'fixed', zIndex: '2147483647', right: `${MARGIN}px`, bottom: `${MARGIN}px`, margin: '0' });
  const root = host.attachShadow({ mode: 'closed' });
  styleRoot(root, TOAST_CSS);

  const box = el('div', 'toast');
  box.setAttribute('role', request.kind === 'error' ? 'alert' : 'status');
  box.setAttribute('aria-live', 'polite');
  const head = el('div', 'head');
  const title = el('div', 'title', headline(request));
  const close = button('×', 'close', () => hideToast());
  close.setAttribute('aria-label', 'Dismiss');
  head.append(title, close);
  box.append(head);
  const detail = el('div', 'job', request.kind === 'error' ? (request.message ?? 'Please try again in a moment.') : '');
  if (request.kind === 'saved' || request.kind === 'applied') detail.textContent = jobLine(request.title, request.company);
  if (request.kind === 'applied' && request.ack?.joinedFrom) {
    detail.textContent = `${jobLine(request.title, request.company)} — added to the job you saved from ${request.ack.joinedFrom}.`;
  }
  if (request.kind === 'which-job') {
    detail.textContent = 'Your application is recorded. If it is one you saved, Rebound keeps them as one job; if not, nothing changes.';
  }
  if (request.kind === 'ask') detail.textContent = 'Rebound can add it to your pipeline as applied.';
  if (request.kind === 'same-job') {
    detail.textContent = `You saved that one from ${request.message ?? 'another site'}. Rebound changes it only if it is the same job.`;
  }
  box.append(detail);

  const actions = el('div', 'actions');
  const say = (text: string) => {
    title.textContent = text;
    detail.textContent = '';
    actions.replaceChildren();
    restart();
  };
  const ack = request.ack;
  if ((request.kind === 'saved' || request.kind === 'applied') && ack) {
    const token = ack.undoToken;
    // No token: the capture is saved but Undo could not be kept for it; Edit still leads to it.
    // Already in the pipeline (the shortcut on a job saved before): nothing to undo either.
    const alreadySaved = request.kind === 'saved' && !ack.created;
    if (token && !alreadySaved) {
      actions.append(
        button('Undo', '', () => {
          options
            .send({ type: 'capture/undo', token })
            .then((reply) =>
              say(
                reply.ok && reply.value.undone
                  ? 'Undone — your pipeline is as it was.'
                  : reply.ok && reply.value.changedSince
                    ? 'You changed it after it was saved, so Rebound kept your changes.'
                    : 'That can no longer be undone here; you can change it in Rebound.',
              ),
            )
            .catch(() => say('Rebound could not be reached; you can change it in Rebound.'));
        }),
      );
    }
    actions.append(
      button('Edit', '', () => {
        void options.send({ type: 'options/open', applicationId: ack.applicationId }).catch(() => undefined);
        hideToast();
      }),
    );
  }
  const choices = request.kind === 'which-job' ? (request.ack?.choices ?? []) : [];
  for (const choice of choices) {
    const label = choices.length === 1 ? 'Yes, same job' : choiceLabel(choice);
    actions.append(
      button(label, 'primary', () => {
        say('Joining them…');
        const join = options.onChoose?.(choice.applicationId) ?? Promise.resolve(false);
        join
          .then((joined) => say(joined ? `Done — one job now, marked applied (${jobLine(choice.title, choice.company)}).` : 'Rebound could not join them; both are in your pipeline, and you can change them there.'))
          .catch(() => say('Rebound could not be reached; both are in your pipeline, and you can change them there.'));
      }),
    );
  }
  if (choices.length) actions.append(button('No, it’s new', '', () => say('Kept as a new application. Well done for sending it.')));
  if (request.kind === 'ask' || request.kind === 'same-job') {
    actions.append(
      button(request.kind === 'ask' ? 'Yes, record it' : 'Yes, same job', 'primary', () => {
        hideToast();
        options.onYes?.();
      }),
      button('No', '', () => {
        hideToast();
        options.onNo?.();
      }),
    );
  }
  if (actions.childElementCount) box.append(actions);
  root.append(box);
  (document.body ?? document.documentElement).append(host);

  // Keep clear of the site's submit control: measure the bottom corner, move to the top if needed.
  const bottom = boxOf(host.getBoundingClientRect());
  const height = bottom.bottom - bottom.top;
  const top = { ...bottom, top: MARGIN, bottom: MARGIN + height };
  const avoid = (options.avoid?.() ?? []).map((c) => boxOf(c.getBoundingClientRect())).filter((b) => b.right > b.left);
  if (chooseCorner(bottom, top, avoid) === 'top') Object.assign(host.style, { bottom: 'auto', top: `${MARGIN}px` });

  // Auto-hide, paused while the person points at it or has focus in it.
  const delay = options.autoHideMs ?? AUTO_HIDE_MS;
  let hovered = false;
  let focused = false;
  const entry = { host, timer: undefined as ReturnType<typeof setTimeout> | undefined };
  current = entry;
  function restart(): void {
    clearTimeout(entry.timer);
    entry.timer = hovered || focused ? undefined : setTimeout(() => current === entry && hideToast(), delay);
  }
  host.addEventListener('mouseenter', () => ((hovered = true), restart()));
  host.addEventListener('mouseleave', () => ((hovered = false), restart()));
  root.addEventListener('focusin', () => ((focused = true), restart()));
  root.addEventListener('focusout', () => ((focused = false), restart()));
  restart();
}
