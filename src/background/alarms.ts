/**
 * The alarms that wake the background for nudges: one every hour (catches up after the browser was
 * closed, and speaks on the day of an interview), and one at the user's daily time. Alarms survive
 * the service worker sleeping; they are re-created on install, on browser start and when settings
 * change, and the daily one is set again after each firing (a fixed 24-hour period would drift by an
 * hour across a daylight-saving change).
 */
import type { Alarms } from 'webextension-polyfill';
import browser from '../shared/browser';
import { loadSettings } from '../shared/settings-store';
import { userTimeZone } from '../core/settings';
import { nextLocalTime, parseClock } from '../core/nudges/local-time';
import { runNudges } from './live-nudges';

/** Every nudge alarm's name starts with this; a one-shot alarm with this prefix runs the rules too. */
export const NUDGE_ALARM_PREFIX = 'rebound-nudges';
export const HOURLY_ALARM = `${NUDGE_ALARM_PREFIX}:hourly`;
export const DAILY_ALARM = `${NUDGE_ALARM_PREFIX}:daily`;

export async function scheduleNudgeAlarms(now = Date.now()): Promise<void> {
  const settings = await loadSettings();
  const daily = parseClock(settings.digestTime) ?? 9 * 60;
  await browser.alarms.create(DAILY_ALARM, { when: nextLocalTime(now, daily, userTimeZone(settings)) });
  if (!(await browser.alarms.get(HOURLY_ALARM))) {
    await browser.alarms.create(HOURLY_ALARM, { delayInMinutes: 1, periodInMinutes: 60 });
  }
}

export async function handleAlarm(alarm: Alarms.Alarm): Promise<void> {
  if (!alarm.name.startsWith(NUDGE_ALARM_PREFIX)) return;
  if (alarm.name === DAILY_ALARM) await scheduleNudgeAlarms();
  await runNudges();
}
