/**
 * Automatic capture in one frame: follows in-page navigation (one run per address, each with its own
 * AbortSignal), remembers the job seen on the posting or form, watches for the real submit, and then
 * for the ATS's own confirmation. Only what this script observes counts: trusted input events from the
 * person, and the page as rendered. Nothing the page posts or dispatches can make it record.
 */
import { detectPage, extractJob, type Detection } from '../core/extract';
import { boardKeyAt, siteFor, submitSiteFor } from '../sites/find';
import type { Site } from '../sites/site-reader';
import type { SubmitSite } from '../sites/submit-rule';
import type { JobDraft } from '../core/types';
import type { RecentJob } from '../shared/messages';
import { extApi, send } from '../shared/send';
import { outboxKey, type OutboxEntry } from '../shared/outbox';
import { isStepHeading } from '../core/step-heading';
import { couldBeJobPage } from './job-page';
import { confirmationShowing, pressedShowsSent, type Pressed } from './confirmation';
import { CaptureOutbox } from './deliver';
import { onPageLeaving } from './page-leaving';
import { mergeDrafts, sameJob } from './same-job';
import { initialSubmission, stepSubmission, type SubmissionAction, type SubmissionInput, type SubmissionState } from './submission';
import { showToast } from './toast';
import { pressedControl, pressFrom, type UserPress } from './activation';
import type { AgentStatus } from '../shared/agent-api';

/** Mutations are looked at no more often than this. */
const THROTTLE_MS = 200;
/** A question stays up this long unless the person points at it (the answer can wait; nothing is lost). */
const QUESTION_MS = 30_000;
/** A page that renders its job late (single-page boards) is re-read this many times at most. */
const MAX_REDETECT = 25;

interface Run {
  url: URL;
  signal: AbortSignal;
  site: Site | null;
  rule: SubmitSite;
  ref: Pick<JobDraft, 'board' | 'jobId' | 'url'>;
  state: SubmissionState;
  redetects: number;
  /** Submit controls the person pressed in this run: on some sites the control's own change confirms. */
  pressed: Pressed[];
  /** This run read its job from the page as the person submitted (see onActivation). */
  readAtSubmit: boolean;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const outbox = new CaptureOutbox({
  send: (request) => send(request),
  sleep,
  // async: no storage here (a dead extension context) is a refusal like a full one, never a throw
  // inside the page's last event. The write itself still starts at once, inside that event.
  handOver: async (request) => {
    const entry: OutboxEntry = { request, pageUrl: location.href, at: Date.now() };
    await extApi().storage.local.set({ [outboxKey(request.captureId)]: entry });
    status.handedOver++;
  },
  onLeaving: (then) => onPageLeaving(then),
  newId: () => crypto.randomUUID(),
});

let memory: RecentJob | null = null;
let run: Run | null = null;
let controller: AbortController | null = null;
let lastSubmitControl: Element | null = null;
const asked = new Set<string>();

/**
 * What this document's agent has seen and done, for the end-to-end tests' settled marks (read through
 * scripting.executeScript in the extension's isolated world; the page cannot reach it).
 */
const status: AgentStatus = { checks: 0, submitsSeen: 0, submitsCounted: 0, deliveries: 0, handedOver: 0 };
export const agentStatus = (): AgentStatus => ({ ...status });

function withoutHash(href: string): string {
  return href.split('#')[0] ?? href;
}

function safeDetect(url: string): Detection {
  try {
    const detection = detectPage(document, url, { getComputedStyle: (el) => getComputedStyle(el) });
    return { ...detection, job: detection.job && withApplyUrl(detection.job, url) };
  } catch {
    return { page: 'other', job: null };
  }
}

/** A board's posting: where it sends people to apply, when the page shows it (SiteReader.applyUrl). */
function withApplyUrl(job: JobDraft, href: string): JobDraft {
  try {
    const url = new URL(href);
    const applyUrl = siteFor(url, document)?.applyUrl?.(document, url) ?? '';
    return applyUrl ? { ...job, applyUrl } : job;
  } catch {
    return job;
  }
}

/** Keep the job (and any submit) for this tab in the background, so the next page load knows it. */
function persist(): void {
  if (memory) void send({ type: 'capture/recent', remember: memory }).catch(() => undefined);
}

/** A posting or form for a job: remember it (a different job replaces the memory). */
function rememberJob(job: JobDraft): void {
  if (memory && sameJob(memory.draft, job)) {
    memory = { ...memory, draft: mergeDrafts(memory.draft, job) ?? job };
  } else {
    memory = { draft: job, submittedAt: null, recordedAt: null };
  }
  persist();
}

function step(current: Run, input: SubmissionInput): SubmissionAction {
  const { state, action } = stepSubmission(current.state, input);
  current.state = state;
  return action;
}

function jobFor(current: Run): JobDraft | null {
  const remembered = memory && sameJob(memory.draft, current.ref) ? memory.draft : null;
  // Read from this very page as the person submitted, a moment ago: the confirmation that took the
  // form's place names the job no better, and reading the page again is most of a capture's delay.
  const here = remembered && current.readAtSubmit ? null : safeDetect(current.url.href).job;
  const draft = mergeDrafts(remembered, here);
  if (!draft) return null;
  // The confirmation's URL names the job where the ATS puts ids there: keep the dedupe key right.
  // A step's heading ("Please review your application") is never the job's title.
  return { ...draft, title: isStepHeading(draft.title) ? '' : draft.title, board: draft.board || current.ref.board, jobId: draft.jobId || current.ref.jobId };
}

function submitControls(current: Run): Element[] {
  const found = Array.from(document.querySelectorAll('button, input[type="submit"], [role="button"]'))
    .slice(0, 400)
    .filter((el) => current.rule.isSubmit(el));
  return lastSubmitControl?.isConnected ? [lastSubmitControl, ...found] : found;
}

async function record(current: Run, draft: JobDraft, sameAs?: string): Promise<void> {
  status.deliveries++;
  const result = await outbox.deliver({ type: 'capture/save', draft, stage: 'applied', trigger: 'submission', ...(sameAs ? { sameAs } : {}) });
  const avoid = () => submitControls(current);
  if (!result.ok) {
    showToast({ kind: 'error', title: draft.title, company: draft.company, message: `${result.error} Your application went in; you can add it from the Rebound button.` }, { send, avoid });
    return;
  }
  const reply = result.ack;
  if ('question' in reply) {
    // A record first seen on another site: change it only if the person says it is the same job.
    showToast(
      { kind: 'same-job', title: reply.title, company: reply.company, message: reply.site },
      { send, avoid, onYes: () => void record(current, draft, reply.applicationId) },
    );
    return;
  }
  memory = { draft: memory && sameJob(memory.draft, draft) ? memory.draft : draft, submittedAt: memory?.submittedAt ?? null, recordedAt: Date.now() };
  persist();
  if (reply.choices?.length) {
    // Recorded already (nothing is lost without an answer); several saved jobs could be this one: ask.
    const applicationId = reply.applicationId;
    const onChoose = (into: string) =>
      send({ type: 'capture/same-job', applicationId, into }).then((answer) => answer.ok && answer.value.joined);
    showToast({ kind: 'which-job', title: draft.title, company: draft.company, ack: reply }, { send, avoid, onChoose, autoHideMs: QUESTION_MS });
    return;
  }
  showToast({ kind: 'applied', title: draft.title, company: draft.company, ack: reply }, { send, avoid });
}

function act(current: Run, action: SubmissionAction): void {
  if (action === 'none') return;
  const draft = jobFor(current);
  if (!draft) return;
  if (action === 'record') {
    void record(current, draft);
    return;
  }
  // A weak signal: ask, once per job in this document, and only about a job we actually know.
  const key = `${draft.board}:${draft.jobId || draft.url}`;
  const known = memory !== null && sameJob(memory.draft, current.ref);
  if (asked.has(key) || (!known && current.site === null)) return;
  asked.add(key);
  showToast(
    { kind: 'ask', title: draft.title, company: draft.company },
    { send, avoid: () => submitControls(current), onYes: () => void record(current, draft) },
  );
}

function check(current: Run): void {
  if (current.signal.aborted) return;
  status.checks++;
  if (current.redetects < MAX_REDETECT && !(memory && sameJob(memory.draft, current.ref))) {
    current.redetects++;
    const { page, job } = safeDetect(current.url.href);
    if (job && (page === 'posting' || page === 'application')) rememberJob(job);
  }
  const confirmedNow =
    confirmationShowing(document, current.url, current.site, current.state.submittedAt !== null) || pressedShowsSent(current.rule, current.pressed);
  act(current, step(current, { type: 'check', at: Date.now(), confirmedNow }));
}

/**
 * Throttled DOM watching for this run; disconnected when the run is aborted. Leading and trailing
 * edge: the first change after a quiet spell is checked at once (a confirmation that just appeared is
 * recorded without waiting), and a burst of changes costs at most one more check per THROTTLE_MS.
 */
function observe(current: Run): void {
  let scheduled: ReturnType<typeof setTimeout> | undefined;
  let lastCheck = 0;
  const checkNow = () => {
    scheduled = undefined;
    lastCheck = performance.now();
    check(current);
  };
  const observer = new MutationObserver(() => {
    if (scheduled !== undefined) return;
    const wait = lastCheck + THROTTLE_MS - performance.now();
    if (wait <= 0) checkNow();
    else scheduled = setTimeout(checkNow, wait);
  });
  observer.observe(document.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['class', 'style', 'hidden', 'aria-hidden', 'open'],
  });
  current.signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(scheduled);
  });
}

async function startRun(href: string): Promise<void> {
  controller?.abort();
  controller = new AbortController();
  const url = new URL(href);
  const site = siteFor(url, document);
  const current: Run = {
    url,
    signal: controller.signal,
    site,
    rule: submitSiteFor(site?.id),
    ref: { ...boardKeyAt(site, url), url: href },
    state: initialSubmission(),
    redetects: 0,
    pressed: [],
    readAtSubmit: false,
  };
  run = current;

  // What the earlier pages of this tab saw: a posting, or a submit whose confirmation is this page.
  const recalled = await send({ type: 'capture/recent' }).catch(() => null);
  if (current.signal.aborted) return;
  const fromBackground = recalled?.ok ? recalled.value : null;
  for (const known of [fromBackground, memory]) {
    if (known && sameJob(known.draft, current.ref)) {
      if (!memory || !sameJob(memory.draft, known.draft) || (known.submittedAt ?? 0) > (memory.submittedAt ?? 0)) memory = known;
      step(current, { type: 'recalled', submittedAt: known.submittedAt, recordedAt: known.recordedAt });
    }
  }

  const onJobAddress = couldBeJobPage({ hostname: url.hostname, pathAndQuery: url.pathname + url.search, doc: document });
  check(current);
  const jobPage = onJobAddress || (memory !== null && sameJob(memory.draft, current.ref)) || current.state.submittedAt !== null;
  // Observers only where there is a job: a board's home or search page gets none.
  if (jobPage && !current.signal.aborted) observe(current);
}

/** The person's own last press (pointer, Enter or Space): what a submit must follow to count. */
let lastPress: UserPress | null = null;

function onPress(event: Event): void {
  lastPress = pressFrom(event, Date.now()) ?? lastPress;
}

/**
 * A submit the person made on the site's real submit control. Trusted events alone are not enough:
 * after any real click a page's script can call requestSubmit(hiddenButton) and get a trusted submit
 * event, so the person's own press must have landed on that (visible, enabled) control just before.
 */
function onActivation(event: Event): void {
  const current = run;
  if (!current || !event.isTrusted) return;
  const activation = (navigator as Navigator & { userActivation?: { isActive: boolean } }).userActivation;
  if (activation && !activation.isActive) return;
  status.submitsSeen += event.type === 'submit' ? 1 : 0;
  let control: Element | undefined;
  if (event.type === 'submit') {
    const submitter = (event as SubmitEvent).submitter;
    control = submitter && current.rule.isSubmit(submitter) ? submitter : undefined;
  } else {
    control = event
      .composedPath()
      .slice(0, 12)
      .find((node): node is Element => node instanceof Element && current.rule.isSubmit(node));
  }
  if (!control || !pressedControl(lastPress, control, Date.now())) return;
  status.submitsCounted++;
  lastSubmitControl = control;
  current.pressed = [...current.pressed.slice(-4), { control, parent: control.parentElement }];
  // Read the form page once more: it may name the job better than the posting did.
  const { page, job } = safeDetect(current.url.href);
  const read = job && (page === 'posting' || page === 'application') ? job : null;
  current.readAtSubmit = read !== null;
  if (read) rememberJob(read);
  const confirmedNow = confirmationShowing(document, current.url, current.site, false);
  const at = Date.now();
  step(current, { type: 'submit', at, confirmedNow });
  if (memory && sameJob(memory.draft, current.ref)) {
    memory = { ...memory, submittedAt: at };
  } else {
    const draft = jobFor(current);
    if (draft) memory = { draft, submittedAt: at, recordedAt: null };
  }
  // Sent now, before a form post unloads this document: the confirmation page will ask for it.
  persist();
}

function onNavigation(): void {
  if (run && withoutHash(location.href) === withoutHash(run.url.href)) return;
  void startRun(location.href);
}

let watching = false;

export function watch(): void {
  if (watching) return;
  watching = true;
  addEventListener('pointerdown', onPress, true);
  addEventListener('keydown', onPress, true);
  addEventListener('click', onActivation, true);
  addEventListener('submit', onActivation, true);
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  if (nav) {
    nav.addEventListener('navigatesuccess', onNavigation);
  } else {
    // Without the Navigation API, pushState is silent: compare the address now and then (job pages only).
    addEventListener('popstate', onNavigation);
    setInterval(onNavigation, 1000);
  }
  void startRun(location.href);
}

/** The popup's capture card and the keyboard shortcut: what is on this page, saving nothing. */
export function detectHere(): { page: Detection['page']; draft: JobDraft } {
  const { page, job } = safeDetect(location.href);
  return { page, draft: job ?? withApplyUrl(extractJob(document, location.href), location.href) };
}
