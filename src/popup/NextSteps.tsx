/**
 * The popup's "Next steps": the same nudges the notifications carry, as a short list, so someone who
 * blocks notifications still sees them. The background runs the rules (they read the whole pipeline,
 * too slow for a popup that must open at once with 10,000 applications) and keeps their output in
 * chrome.storage.local; this shows that list at once, leaves out what the user snoozed, and ignores
 * quiet hours and the daily budget: the user opened the popup, so they asked. On opening, and
 * whenever the pipeline changes while it is open, it asks the background for a fresh list, and shows
 * it when storage says it changed.
 *
 * Mount it in the popup's sections (src/popup/sections.ts):
 *   { id: 'next-steps', title: 'Next steps', component: NextSteps },
 */
import { useEffect, useState } from 'preact/hooks';
import { emptyDeliveryState, type DeliveryState } from '../core/nudges/delivery-state';
import type { NextStepsCache } from '../core/nudges/next-steps-cache';
import { nextSteps } from '../core/nudges/policy';
import { targetPath } from '../core/nudges/target-path';
import type { Nudge } from '../core/nudges/types';
import type { ReboundDb } from '../db/schema';
import { useDb } from '../ui/db-context';
import { PopupSection } from '../ui/PopupSection';
import { useLiveQueryState } from '../ui/use-live-query';
import './next-steps.css';

/** A popup is small: the few most useful. */
export const NEXT_STEPS_MAX = 4;
/** "Not now" snoozes a nudge for this many days. */
export const NOT_NOW_DAYS = 7;

export interface NextStepsServices {
  /** The list the background computed last; null when there is none or it is damaged. */
  loadNextSteps(): Promise<NextStepsCache | null>;
  loadState(): Promise<DeliveryState>;
  /** Ask the background to run the rules again and store the result. */
  refresh(): Promise<void>;
  /** Call back when stored data (the list, snoozes) changes; returns an unsubscribe. */
  watch(onChange: () => void): () => void;
  /** Open the options page at a hash path ("/app/<id>", "/list?stage=saved"). */
  open(path: string): void;
  snooze(key: string, days: number): Promise<void>;
  now(): number;
}

/**
 * The real services, loaded on first use: they pull in the extension API, which pages under test
 * lack (tests pass their own).
 */
const browserServices: NextStepsServices = {
  async loadNextSteps() {
    const [{ default: browser }, { NEXT_STEPS_KEY, parseNextStepsCache }] = await Promise.all([
      import('../shared/browser'),
      import('../core/nudges/next-steps-cache'),
    ]);
    const stored = await browser.storage.local.get(NEXT_STEPS_KEY);
    return parseNextStepsCache(stored[NEXT_STEPS_KEY]);
  },
  async loadState() {
    const [{ default: browser }, { DELIVERY_STATE_KEY, parseDeliveryState }] = await Promise.all([
      import('../shared/browser'),
      import('../core/nudges/delivery-state'),
    ]);
    const stored = await browser.storage.local.get(DELIVERY_STATE_KEY);
    return parseDeliveryState(stored[DELIVERY_STATE_KEY]);
  },
  async refresh() {
    const { send } = await import('../shared/send');
    await send({ type: 'nudges/refresh' });
  },
  watch(onChange) {
    let stop = () => {};
    let stopped = false;
    void import('../shared/browser').then(({ default: browser }) => {
      if (stopped) return;
      const listener = (_changes: unknown, area: string) => {
        if (area === 'local') onChange();
      };
      browser.storage.onChanged.addListener(listener);
      stop = () => browser.storage.onChanged.removeListener(listener);
    }).catch(() => undefined);
    return () => {
      stopped = true;
      stop();
    };
  },
  open(path) {
    void import('../shared/browser').then(async ({ default: browser }) => {
      await browser.tabs.create({ url: browser.runtime.getURL(`src/options/index.html#${path}`) });
      window.close();
    }).catch(() => undefined);
  },
  async snooze(key, days) {
    const { send } = await import('../shared/send');
    await send({ type: 'nudges/snooze', key, days });
  },
  now: () => Date.now(),
};

interface Stored {
  cache: NextStepsCache | null;
  state: DeliveryState;
}

/** The stored list and snoozes, re-read whenever storage changes. */
function useStored(services: NextStepsServices): Stored | null {
  const [stored, setStored] = useState<Stored | null>(null);
  useEffect(() => {
    let live = true;
    const load = () =>
      Promise.all([services.loadNextSteps().catch(() => null), services.loadState().catch(() => emptyDeliveryState())])
        .then(([cache, state]) => live && setStored({ cache, state }))
        .catch(() => undefined);
    void load();
    const stop = services.watch(() => void load());
    return () => {
      live = false;
      stop();
    };
  }, [services]);
  return stored;
}

/**
 * The newest change to what the rules read, from three indexed reads of one record each: it moves
 * when an application is saved or changed, an event is logged, or a debrief changes.
 */
export async function latestChange(db: ReboundDb): Promise<string> {
  const [app, event, debrief] = await Promise.all([
    db.applications.orderBy('updatedAt').last(),
    db.events.orderBy(':id').last(),
    db.debriefs.orderBy('updatedAt').last(),
  ]);
  return [app && `${app.id}@${app.updatedAt}`, event?.id, debrief && `${debrief.id}@${debrief.updatedAt}`].join('|');
}

/**
 * Ask for a fresh list on opening, and again each time the pipeline changes while open. The first
 * request waits for the first reading: this section's reads are queued after the popup's first
 * screen's, so the background's (which may read the whole pipeline) do not hold those up.
 */
function useRefreshOnChange(db: ReboundDb, services: NextStepsServices): void {
  const { value: latest, error } = useLiveQueryState(() => latestChange(db), [db]);
  useEffect(() => {
    if (latest === undefined && error === undefined) return;
    void services.refresh().catch(() => undefined);
  }, [latest, error, services]);
}

export function NextSteps({
  title = 'Next steps',
  services = browserServices,
  max = NEXT_STEPS_MAX,
}: {
  title?: string;
  services?: NextStepsServices;
  max?: number;
}) {
  const db = useDb();
  useRefreshOnChange(db, services);
  const stored = useStored(services);
  // Nothing stored yet, or damaged: show nothing (the refresh asked for on opening will fill it in).
  if (!stored?.cache) return null;
  const shown = nextSteps(stored.cache.nudges, stored.state, services.now()).slice(0, max);
  if (shown.length === 0) return null;
  return (
    <PopupSection title={title}>
      <ul class="next-steps">
        {shown.map((nudge) => (
          <NextStep key={nudge.key} nudge={nudge} services={services} />
        ))}
      </ul>
    </PopupSection>
  );
}

function NextStep({ nudge, services }: { nudge: Nudge; services: NextStepsServices }) {
  const open = () => services.open(targetPath(nudge.target));
  return (
    <li class="next-steps__item" data-nudge-key={nudge.key} data-nudge-kind={nudge.kind}>
      <button type="button" class="link-button next-steps__title" onClick={open}>
        {nudge.title}
      </button>
      <p class="next-steps__reason">{nudge.body}</p>
      <div class="next-steps__actions">
        <button type="button" class="link-button" onClick={open}>
          {nudge.actionLabel}
        </button>
        <button
          type="button"
          class="link-button"
          aria-label={`Not now: hide "${nudge.title}" for a week`}
          onClick={() => void services.snooze(nudge.key, NOT_NOW_DAYS).catch(() => undefined)}
        >
          Not now
        </button>
      </div>
    </li>
  );
}
