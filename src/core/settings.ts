/**
 * The user's settings: one versioned record (kept in chrome.storage.local under SETTINGS_KEY by
 * src/shared/settings-store.ts). Reading never fails: missing, old or damaged data becomes valid
 * settings, keeping every field that still makes sense and taking the default for the rest.
 *
 * Versions (append only, like the database's):
 *   1: the first, flat shape: { version: 1, weeklyGoal, notificationsEnabled, quietStart, quietEnd,
 *      followUpDays, silenceDays, disabledKinds }.
 *   2: nudges grouped per kind ({ enabled, threshold, cooldownDays }), quiet hours as one object,
 *      a daily budget, a digest time and an optional time zone.
 */
import { z } from 'zod';
import { KIND_META, NUDGE_KINDS, type NudgeKind } from './nudges/kinds';
import { safeTimeZone, systemTimeZone } from './nudges/local-time';

// Extension pages forbid eval; tell zod not to try its eval-based fast path.
z.config({ jitless: true });

export const SETTINGS_KEY = 'settings';
export const SETTINGS_VERSION = 2;

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time like 09:00');

export const kindSettingsSchema = z.object({
  enabled: z.boolean(),
  /** What the kind counts (days, applications, offers): see KIND_META[kind].threshold. */
  threshold: z.number().int().min(0).max(365),
  /** Days before the same nudge may come again. */
  cooldownDays: z.number().int().min(1).max(90),
});
export type KindSettings = z.infer<typeof kindSettingsSchema>;

const kindsShape = Object.fromEntries(NUDGE_KINDS.map((kind) => [kind, kindSettingsSchema])) as Record<
  NudgeKind,
  typeof kindSettingsSchema
>;

export const settingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION),
  /** Browser notifications on or off. Off, the popup's next steps still show the same nudges. */
  notifications: z.boolean(),
  /**
   * Applications a week, or null until the person chooses one (on the welcome page or in Settings):
   * no goal nudges, no "n of 10" against a number they never picked. Null added without a version
   * bump: a stored number is kept as it is.
   */
  weeklyGoal: z.number().int().min(1).max(200).nullable(),
  /** Local time of the daily nudge; nothing is sent earlier in the day. */
  digestTime: clock,
  /** No notification in this span; it may cross midnight (21:00–08:00). */
  quietHours: z.object({ enabled: z.boolean(), start: clock, end: clock }),
  /** Most notifications a day. */
  dailyBudget: z.number().int().min(0).max(20),
  /** IANA zone; "" follows the browser's clock. */
  timeZone: z.string().max(100),
  kinds: z.object(kindsShape),
  /**
   * Sites (ids from src/sites) where automatic capture is off: the background does not load
   * the page agent there. Saving by hand from the popup still works. Added without a version bump:
   * a record without it repairs to [] (every site on).
   */
  disabledSites: z.array(z.string().min(1).max(50)).max(100),
});
export type Settings = z.infer<typeof settingsSchema>;

export function defaultKindSettings(kind: NudgeKind): KindSettings {
  const meta = KIND_META[kind];
  return { enabled: true, threshold: meta.threshold?.default ?? 0, cooldownDays: meta.cooldownDays };
}

export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    notifications: true,
    weeklyGoal: null,
    digestTime: '09:00',
    quietHours: { enabled: true, start: '21:00', end: '08:00' },
    dailyBudget: 2,
    timeZone: '',
    kinds: Object.fromEntries(NUDGE_KINDS.map((kind) => [kind, defaultKindSettings(kind)])) as Settings['kinds'],
    disabledSites: [],
  };
}

type Loose = Record<string, unknown>;
const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Version 1 → 2: regroup the flat fields; unknown or broken values are left for repair to default. */
function fromV1(v1: Loose): Loose {
  const disabled = Array.isArray(v1.disabledKinds) ? v1.disabledKinds.filter((k) => typeof k === 'string') : [];
  const kinds: Loose = {};
  for (const kind of NUDGE_KINDS) {
    const entry: Loose = { ...defaultKindSettings(kind), enabled: !disabled.includes(kind) };
    if (kind === 'follow-up' && v1.followUpDays !== undefined) entry.threshold = v1.followUpDays;
    if (kind === 'silence' && v1.silenceDays !== undefined) entry.threshold = v1.silenceDays;
    kinds[kind] = entry;
  }
  return {
    version: 2,
    notifications: v1.notificationsEnabled,
    weeklyGoal: v1.weeklyGoal,
    quietHours: { enabled: true, start: v1.quietStart, end: v1.quietEnd },
    kinds,
  };
}

/** Each step takes the record written by version N and returns it as version N + 1 would. */
const MIGRATIONS: Record<number, (old: Loose) => Loose> = { 1: fromV1 };

/** Take every field that is valid, default the rest; thresholds out of range are pulled back in. */
function repair(raw: Loose): Settings {
  const defaults = defaultSettings();
  const pick = <K extends keyof Settings>(key: K): Settings[K] => {
    const parsed = settingsSchema.shape[key].safeParse(raw[key]);
    return parsed.success ? (parsed.data as Settings[K]) : defaults[key];
  };
  const quiet = isObject(raw.quietHours) ? raw.quietHours : {};
  const rawKinds = isObject(raw.kinds) ? raw.kinds : {};
  const kinds = {} as Settings['kinds'];
  for (const kind of NUDGE_KINDS) {
    const entry = isObject(rawKinds[kind]) ? rawKinds[kind] : {};
    const fallback = defaults.kinds[kind];
    const field = <F extends keyof KindSettings>(name: F): KindSettings[F] => {
      const parsed = kindSettingsSchema.shape[name].safeParse(entry[name]);
      return parsed.success ? (parsed.data as KindSettings[F]) : fallback[name];
    };
    const meta = KIND_META[kind].threshold;
    const threshold = meta ? Math.min(meta.max, Math.max(meta.min, field('threshold'))) : fallback.threshold;
    kinds[kind] = { enabled: field('enabled'), threshold, cooldownDays: field('cooldownDays') };
  }
  const clockOr = (value: unknown, fallback: string) => (clock.safeParse(value).success ? (value as string) : fallback);
  return {
    version: SETTINGS_VERSION,
    notifications: pick('notifications'),
    weeklyGoal: pick('weeklyGoal'),
    digestTime: pick('digestTime'),
    quietHours: {
      enabled: typeof quiet.enabled === 'boolean' ? quiet.enabled : defaults.quietHours.enabled,
      start: clockOr(quiet.start, defaults.quietHours.start),
      end: clockOr(quiet.end, defaults.quietHours.end),
    },
    dailyBudget: pick('dailyBudget'),
    timeZone: pick('timeZone'),
    kinds,
    disabledSites: pick('disabledSites'),
  };
}

/**
 * Whatever was stored (nothing, an old version, a damaged record, a newer version after a
 * downgrade) → valid current settings. Never throws.
 */
export function parseSettings(raw: unknown): Settings {
  return isObject(raw) ? repair(migrated(raw)) : defaultSettings();
}

/** Bring a record of any older version to the current shape (not yet checked). */
function migrated(raw: Loose): Loose {
  let record: Loose = raw;
  // A record without a version predates versioning: it can only be the first shape.
  let version = typeof raw.version === 'number' && Number.isInteger(raw.version) ? raw.version : 1;
  while (version < SETTINGS_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) break;
    record = step(record);
    version += 1;
  }
  return record;
}

/** `raw` with what it lacks taken from `defaults`, at every level; values present are kept as they are. */
function withDefaults(defaults: unknown, raw: unknown): unknown {
  if (raw === undefined) return defaults;
  if (!isObject(defaults) || !isObject(raw)) return raw;
  return { ...raw, ...Object.fromEntries(Object.keys(defaults).map((key) => [key, withDefaults(defaults[key], raw[key])])) };
}

export type SettingsCheck = { ok: true; settings: Settings } | { ok: false; problem: string };

/**
 * Settings from outside (a backup file) are checked like its records: every value present must be
 * valid, or none is taken. Values an older version did not have yet take their defaults.
 */
export function checkImportedSettings(raw: unknown): SettingsCheck {
  if (!isObject(raw)) return { ok: false, problem: 'they are not a settings record' };
  if (typeof raw.version === 'number' && raw.version > SETTINGS_VERSION) {
    return { ok: false, problem: 'they come from a newer version of Rebound' };
  }
  const record = withDefaults(defaultSettings(), { ...migrated(raw), version: SETTINGS_VERSION });
  const parsed = settingsSchema.safeParse(record);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, problem: `${issue?.path.join('.') || 'settings'}: ${issue?.message ?? 'not valid'}` };
  }
  for (const kind of NUDGE_KINDS) {
    const range = KIND_META[kind].threshold;
    const threshold = parsed.data.kinds[kind].threshold;
    if (range && (threshold < range.min || threshold > range.max)) {
      return { ok: false, problem: `kinds.${kind}.threshold: must be from ${range.min} to ${range.max}` };
    }
  }
  return { ok: true, settings: parsed.data };
}

/** The zone days and weeks are counted in: the one chosen, else the browser's own. */
export function userTimeZone(settings: Pick<Settings, 'timeZone'>): string {
  return settings.timeZone ? safeTimeZone(settings.timeZone) : systemTimeZone();
}
