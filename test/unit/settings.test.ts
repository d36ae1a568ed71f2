/** Settings: defaults, the migration from version 1, damaged data, and the storage wrapper. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { checkImportedSettings, defaultSettings, parseSettings, SETTINGS_KEY, SETTINGS_VERSION, settingsSchema, userTimeZone } from '../../src/core/settings';
import { NUDGE_KINDS } from '../../src/core/nudges/kinds';
import type { FakeBrowser } from '../support/fake-browser';

// The store talks to chrome.storage.local through the polyfill; here, the test kit's fake stands in.
const fake = vi.hoisted(() => ({ browser: undefined as unknown as FakeBrowser }));
vi.mock('../../src/shared/browser', async () => {
  const { fakeBrowser } = await import('../support/fake-browser');
  fake.browser = fakeBrowser();
  return { default: fake.browser };
});
const store = await import('../../src/shared/settings-store');

describe('defaults', () => {
  it('are sane and valid: no goal until one is chosen, 09:00, quiet 21:00–08:00, two a day, every kind on', () => {
    const settings = defaultSettings();
    expect(settingsSchema.safeParse(settings).success).toBe(true);
    expect(settings).toMatchObject({
      version: SETTINGS_VERSION,
      notifications: true,
      weeklyGoal: null,
      digestTime: '09:00',
      quietHours: { enabled: true, start: '21:00', end: '08:00' },
      dailyBudget: 2,
    });
    expect(NUDGE_KINDS.every((kind) => settings.kinds[kind].enabled)).toBe(true);
    expect(settings.kinds['follow-up'].threshold).toBe(7);
    expect(settings.kinds.silence.threshold).toBe(30);
    expect(settings.kinds.momentum.threshold).toBe(3);
    expect(settings.kinds['thin-pipeline'].threshold).toBe(5);
  });
});

describe('migration from version 1', () => {
  it('keeps what the user chose in the flat first version', () => {
    const v1 = {
      version: 1,
      weeklyGoal: 15,
      notificationsEnabled: false,
      quietStart: '22:30',
      quietEnd: '07:00',
      followUpDays: 10,
      silenceDays: 45,
      disabledKinds: ['offers', 'momentum'],
    };
    const settings = parseSettings(v1);
    expect(settingsSchema.safeParse(settings).success).toBe(true);
    expect(settings).toMatchObject({
      version: SETTINGS_VERSION,
      weeklyGoal: 15,
      notifications: false,
      quietHours: { enabled: true, start: '22:30', end: '07:00' },
      dailyBudget: 2,
    });
    expect(settings.kinds['follow-up'].threshold).toBe(10);
    expect(settings.kinds.silence.threshold).toBe(45);
    expect(settings.kinds.offers.enabled).toBe(false);
    expect(settings.kinds.momentum.enabled).toBe(false);
    expect(settings.kinds['thank-you'].enabled).toBe(true);
  });

  it('a record without a version is read as version 1; damaged v1 fields take defaults', () => {
    const settings = parseSettings({ weeklyGoal: 'lots', quietStart: '25:00', followUpDays: 5 });
    expect(settings.weeklyGoal).toBeNull();
    expect(settings.quietHours.start).toBe('21:00');
    expect(settings.kinds['follow-up'].threshold).toBe(5);
  });
});

describe('damaged or unexpected data', () => {
  it('nothing stored, or something that is not settings, gives the defaults', () => {
    for (const raw of [undefined, null, 'settings', 42, [], true]) expect(parseSettings(raw)).toEqual(defaultSettings());
  });

  it('keeps each valid field and defaults only the broken ones', () => {
    const settings = parseSettings({
      version: 2,
      weeklyGoal: 12,
      digestTime: '9am',
      dailyBudget: -3,
      quietHours: { enabled: false, start: '23:00', end: 'later' },
      kinds: { 'follow-up': { enabled: false, threshold: 'x', cooldownDays: 3 }, silence: 'off' },
    });
    expect(settings.weeklyGoal).toBe(12);
    expect(settings.digestTime).toBe('09:00');
    expect(settings.dailyBudget).toBe(2);
    expect(settings.quietHours).toEqual({ enabled: false, start: '23:00', end: '08:00' });
    expect(settings.kinds['follow-up']).toEqual({ enabled: false, threshold: 7, cooldownDays: 3 });
    expect(settings.kinds.silence).toEqual(defaultSettings().kinds.silence);
    expect(settingsSchema.safeParse(settings).success).toBe(true);
  });

  it('pulls a threshold back into its range', () => {
    const settings = parseSettings({ version: 2, kinds: { silence: { enabled: true, threshold: 1, cooldownDays: 7 } } });
    expect(settings.kinds.silence.threshold).toBe(7);
  });

  it('a newer version (after a downgrade) is read for what it shares', () => {
    const settings = parseSettings({ version: 9, weeklyGoal: 20, somethingNew: true });
    expect(settings.version).toBe(SETTINGS_VERSION);
    expect(settings.weeklyGoal).toBe(20);
  });

  it('an unknown time zone falls back instead of failing', () => {
    expect(userTimeZone({ timeZone: 'Nowhere/Special' })).toBe('UTC');
    expect(userTimeZone({ timeZone: 'Europe/Berlin' })).toBe('Europe/Berlin');
  });
});

describe('settings store', () => {
  const storage = () => fake.browser.storage.local;
  beforeEach(() => {
    storage().data.clear();
    storage().failGet = false;
  });

  it('reads defaults when nothing is stored, and when storage fails', async () => {
    expect(await store.loadSettings()).toEqual(defaultSettings());
    storage().failGet = true;
    expect(await store.loadSettings()).toEqual(defaultSettings());
  });

  it('migrates a stored version 1 on read', async () => {
    storage().data.set(SETTINGS_KEY, { version: 1, weeklyGoal: 6 });
    const settings = await store.loadSettings();
    expect(settings.version).toBe(SETTINGS_VERSION);
    expect(settings.weeklyGoal).toBe(6);
  });

  it('stores under one key, validated, and tells listeners', async () => {
    const heard: (number | null)[] = [];
    const stop = store.onSettingsChanged((s) => heard.push(s.weeklyGoal));
    await store.updateSettings((s) => ({ ...s, weeklyGoal: 14, dailyBudget: 99 }));
    stop();
    await store.updateSettings((s) => ({ ...s, weeklyGoal: 3 }));
    expect([...storage().data.keys()]).toEqual([SETTINGS_KEY]);
    expect(storage().data.get(SETTINGS_KEY)).toMatchObject({ weeklyGoal: 3, dailyBudget: 2 });
    expect(heard).toEqual([14]);
  });
});

describe('settings imported from a backup', () => {
  it('are taken when every value present is valid, older versions and missing values included', () => {
    const mine = { ...defaultSettings(), weeklyGoal: 4, disabledSites: ['linkedin'] };
    expect(checkImportedSettings(mine)).toEqual({ ok: true, settings: mine });
    const { disabledSites: _absent, ...older } = mine;
    expect(checkImportedSettings(older)).toEqual({ ok: true, settings: { ...mine, disabledSites: [] } });
    const v1 = checkImportedSettings({ version: 1, weeklyGoal: 6, notificationsEnabled: false, quietStart: '22:00', quietEnd: '07:00' });
    expect(v1.ok && v1.settings).toMatchObject({ weeklyGoal: 6, notifications: false, quietHours: { start: '22:00', end: '07:00' } });
  });

  it('are refused whole, saying where, when any value present is damaged', () => {
    expect(checkImportedSettings({ ...defaultSettings(), weeklyGoal: 0 })).toEqual({ ok: false, problem: expect.stringMatching(/^weeklyGoal: /) });
    expect(checkImportedSettings({ ...defaultSettings(), digestTime: '25:99' })).toMatchObject({ ok: false, problem: expect.stringMatching(/^digestTime/) });
    expect(checkImportedSettings(null)).toEqual({ ok: false, problem: 'they are not a settings record' });
  });
});
