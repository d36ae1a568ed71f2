/**
 * The popup's "Next steps": the same nudges the notifications carry, as a short list, so someone who
 * blocks notifications still sees them. It runs the same rules over the same data (a liveQuery, so
 * it follows every change), leaves out what the user snoozed, and ignores quiet hours and the daily
 * budget: the user opened the popup, so they asked.
 *
 * Mount it in the popup's sections (src/popup/sections.ts):
 *   { id: 'next-steps', title: 'Next steps', component: NextSteps },
 */
import { useEffect, useState } from 'preact/hooks';
import { evaluateNudges } from '../core/nudges';
import { emptyDeliveryState, type DeliveryState } from '../core/nudges/delivery-state';
import { nextSteps } from '../core/nudges/policy';
import { targetPath } from '../core/nudges/target-path';
import type { Nudge } from '../core/nudges/types';
import { userTimeZone, type Settings } from '../core/settings';
import { loadNudgeData } from '../shared/nudge-data';
import { useDb } from '../ui/db-context';
import { PopupSection } from '../ui/PopupSection';
import { useLiveQuery } from '../ui/use-live-query';
import './next-steps.css';

/** A popup is small: the few most useful. */
export const NEXT_STEPS_MAX = 4;
/** "Not now" snoozes a nudge for this many days. */
export const NOT_NOW_DAYS = 7;

export interface NextStepsServices {
  loadSettings(): Promise<Settings>;
  loadState(): Promise<DeliveryState>;
  /** Call back when settings or snoozes change; returns an unsubscribe. */
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
  async loadSettings() {
    return (await import('../shared/settings-store')).loadSettings();
  },
  async loadState() {
    const [{ default: browser }, { DELIVERY_STATE_KEY, parseDeliveryState }] = await Promise.all([
      import('../shared/browser'),
      import('../core/nudges/delivery-state'),
    ]);
    const stored = await browser.storage.local.get(DELIVERY_STATE_KEY);
    return parseDeliveryState(stored[DELIVERY_STATE_KEY]);
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

/** Settings and snoozes, re-read whenever they change. */
function usePolicyInputs(services: NextStepsServices) {
  const [inputs, setInputs] = useState<{ settings: Settings; state: DeliveryState } | null>(null);
  useEffect(() => {
    let live = true;
    const load = () =>
      Promise.all([services.loadSettings(), services.loadState().catch(() => emptyDeliveryState())])
        .then(([settings, state]) => live && setInputs({ settings, state }))
        .catch(() => undefined);
    void load();
    const stop = services.watch(() => void load());
    return () => {
      live = false;
      stop();
    };
  }, [services]);
  return inputs;
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
  const data = useLiveQuery(() => loadNudgeData(db), [db]);
  const inputs = usePolicyInputs(services);
  if (!data || !inputs) return null;
  const now = services.now();
  const all = evaluateNudges({ ...data, settings: inputs.settings, now, timeZone: userTimeZone(inputs.settings) });
  const shown = nextSteps(all, inputs.state, now).slice(0, max);
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
