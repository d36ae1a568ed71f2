/**
 * The settings of nudges, as one self-contained section of the settings page: notifications on or
 * off, the weekly goal, the daily time, quiet hours, the daily budget, each kind on or off with its
 * number, a test notification and a pause. Every change is saved at once.
 *
 * Mount it on the settings page: <NudgeSettings /> (no props needed in the extension).
 */
import { useEffect, useId, useState } from 'preact/hooks';
import { KIND_META, NUDGE_KINDS, type NudgeKind } from '../../core/nudges/kinds';
import { parseSettings, type KindSettings, type Settings } from '../../core/settings';
import './nudge-settings.css';
import { WeeklyGoalField } from '../../ui/WeeklyGoalField';

export interface NudgeSettingsServices {
  load(): Promise<Settings>;
  save(settings: Settings): Promise<Settings>;
  sendTest(): Promise<{ ok: boolean; error?: string }>;
  /** Pause all notifications for some days (0 resumes). */
  pause(days: number): Promise<{ ok: boolean; error?: string }>;
  /** Until when notifications are paused (null: not paused). */
  pausedUntil(): Promise<number | null>;
}

/** The real services, loaded on first use: they pull in the extension API (tests pass their own). */
const browserServices: NudgeSettingsServices = {
  load: async () => (await import('../../shared/settings-store')).loadSettings(),
  save: async (settings) => (await import('../../shared/settings-store')).saveSettings(settings),
  async sendTest() {
    const { send } = await import('../../shared/send');
    const reply = await send({ type: 'nudges/test' });
    return reply.ok ? { ok: true } : { ok: false, error: reply.error };
  },
  async pause(days) {
    const { send } = await import('../../shared/send');
    const reply = await send({ type: 'nudges/pause', days });
    return reply.ok ? { ok: true } : { ok: false, error: reply.error };
  },
  async pausedUntil() {
    const [{ default: browser }, { DELIVERY_STATE_KEY, parseDeliveryState }] = await Promise.all([
      import('../../shared/browser'),
      import('../../core/nudges/delivery-state'),
    ]);
    const stored = await browser.storage.local.get(DELIVERY_STATE_KEY);
    return parseDeliveryState(stored[DELIVERY_STATE_KEY]).snoozedUntil;
  },
};

const PAUSE_DAYS = 7;

export function NudgeSettings({ services = browserServices }: { services?: NudgeSettingsServices }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [pausedUntil, setPausedUntil] = useState<number | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    void services.load().then(setSettings, () => setSettings(parseSettings(undefined)));
    void services.pausedUntil().then(setPausedUntil, () => undefined);
  }, [services]);

  if (!settings) return null;

  const change = (next: Settings) => {
    setSettings(next);
    services.save(next).then(
      (saved) => {
        setSettings(saved);
        setStatus('Saved.');
      },
      () => setStatus('That change could not be saved. Please try again.'),
    );
  };
  const changeKind = (kind: NudgeKind, patch: Partial<KindSettings>) =>
    change({ ...settings, kinds: { ...settings.kinds, [kind]: { ...settings.kinds[kind], ...patch } } });

  const test = async () => {
    const reply = await services.sendTest().catch(() => ({ ok: false }));
    setStatus(
      reply.ok
        ? 'A test nudge is on its way. If nothing appears, notifications may be turned off for this browser in your system settings.'
        : 'The test nudge could not be sent. Please try again.',
    );
  };
  const pause = async (days: number) => {
    const reply = await services.pause(days).catch(() => ({ ok: false }));
    if (!reply.ok) return setStatus('That did not work. Please try again.');
    setPausedUntil(days > 0 ? Date.now() + days * 86_400_000 : null);
    setStatus(days > 0 ? 'Nudges are paused for a week. Take the time you need.' : 'Nudges are back on.');
  };
  const paused = pausedUntil !== null && pausedUntil > Date.now();

  return (
    <section class="nudge-settings" aria-labelledby="nudge-settings-title">
      <h2 id="nudge-settings-title">Nudges</h2>
      <p class="field__hint">
        Short reminders that keep your search moving, each with its reason. They also show as next steps in the toolbar
        popup, even with notifications off.
      </p>

      <Check
        label="Show nudges as browser notifications"
        checked={settings.notifications}
        onChange={(notifications) => change({ ...settings, notifications })}
      />

      <div class="nudge-settings__row">
        <WeeklyGoalField value={settings.weeklyGoal} onChange={(weeklyGoal) => change({ ...settings, weeklyGoal })} />
        <TimeField label="Daily nudge time" value={settings.digestTime} onChange={(digestTime) => change({ ...settings, digestTime })} />
        <NumberField
          label="At most, per day"
          value={settings.dailyBudget}
          min={0}
          max={20}
          onChange={(dailyBudget) => change({ ...settings, dailyBudget })}
        />
      </div>

      <div class="nudge-settings__row">
        <Check
          label="Quiet hours"
          checked={settings.quietHours.enabled}
          onChange={(enabled) => change({ ...settings, quietHours: { ...settings.quietHours, enabled } })}
        />
        <TimeField
          label="From"
          value={settings.quietHours.start}
          onChange={(start) => change({ ...settings, quietHours: { ...settings.quietHours, start } })}
        />
        <TimeField
          label="Until"
          value={settings.quietHours.end}
          onChange={(end) => change({ ...settings, quietHours: { ...settings.quietHours, end } })}
        />
      </div>

      <ul class="nudge-kinds">
        {NUDGE_KINDS.map((kind) => {
          const meta = KIND_META[kind];
          const own = settings.kinds[kind];
          return (
            <li key={kind} class="nudge-kinds__item" data-kind={kind}>
              <div class="nudge-kinds__text">
                <Check label={meta.label} checked={own.enabled} onChange={(enabled) => changeKind(kind, { enabled })} />
                <p class="nudge-kinds__description">{meta.description}</p>
              </div>
              <div class="nudge-kinds__numbers">
                {meta.threshold ? (
                  <NumberField
                    label={meta.threshold.label}
                    value={own.threshold}
                    min={meta.threshold.min}
                    max={meta.threshold.max}
                    disabled={!own.enabled}
                    onChange={(threshold) => changeKind(kind, { threshold })}
                  />
                ) : null}
                <NumberField
                  label="Not again for (days)"
                  value={own.cooldownDays}
                  min={1}
                  max={90}
                  disabled={!own.enabled}
                  onChange={(cooldownDays) => changeKind(kind, { cooldownDays })}
                />
              </div>
            </li>
          );
        })}
      </ul>

      <div class="nudge-settings__row">
        <button type="button" class="button" onClick={() => void test()}>
          Send a test nudge
        </button>
        {paused ? (
          <button type="button" class="button button--ghost" onClick={() => void pause(0)}>
            Resume nudges
          </button>
        ) : (
          <button type="button" class="button button--ghost" onClick={() => void pause(PAUSE_DAYS)}>
            Pause nudges for a week
          </button>
        )}
      </div>
      <p class="nudge-settings__status" role="status">
        {status}
      </p>
    </section>
  );
}

function Check({ label, checked, onChange }: { label: string; checked: boolean; onChange: (value: boolean) => void }) {
  const id = useId();
  return (
    <div class="nudge-settings__check">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} />
      <label for={id}>{label}</label>
    </div>
  );
}

function NumberField(props: {
  label: string;
  value: number;
  min: number;
  max: number;
  disabled?: boolean;
  onChange: (value: number) => void;
}) {
  const id = useId();
  return (
    <div class="field">
      <label class="field__label" for={id}>
        {props.label}
      </label>
      <input
        id={id}
        class="input"
        type="number"
        inputMode="numeric"
        min={props.min}
        max={props.max}
        value={props.value}
        disabled={props.disabled}
        onChange={(e) => {
          const value = Math.round(Number(e.currentTarget.value));
          // Out of range or empty: keep the old value and show it again.
          if (!Number.isFinite(value) || value < props.min || value > props.max || e.currentTarget.value === '') {
            e.currentTarget.value = String(props.value);
            return;
          }
          props.onChange(value);
        }}
      />
    </div>
  );
}

function TimeField({ label, value, onChange }: { label: string; value: string; onChange: (value: string) => void }) {
  const id = useId();
  return (
    <div class="field">
      <label class="field__label" for={id}>
        {label}
      </label>
      <input
        id={id}
        class="input"
        type="time"
        value={value}
        onChange={(e) => {
          if (/^([01]\d|2[0-3]):[0-5]\d$/.test(e.currentTarget.value)) onChange(e.currentTarget.value);
          else e.currentTarget.value = value;
        }}
      />
    </div>
  );
}
