import { describe, expect, it } from 'vitest';
import {
  calendarDaysBetween,
  localDayKey,
  localMinutes,
  localWeekKey,
  nextLocalTime,
  safeTimeZone,
  startOfLocalWeek,
  zonedInstant,
} from '../../../src/core/nudges/local-time';
import { targetPath } from '../../../src/core/nudges/target-path';
import { local, TZ } from './fixtures';

describe('local time', () => {
  it('reads the wall clock of the given zone, whatever the process zone is', () => {
    const at = Date.parse('2026-07-01T22:30:00Z');
    expect(localDayKey(at, TZ)).toBe('2026-07-02');
    expect(localMinutes(at, TZ)).toBe(30);
    expect(localDayKey(at, 'America/New_York')).toBe('2026-07-01');
  });

  it('weeks start on Monday at local midnight', () => {
    expect(startOfLocalWeek(local('2026-03-15 23:59'), TZ)).toBe(local('2026-03-09 00:00'));
    expect(localWeekKey(local('2026-03-16 00:00'), TZ)).toBe('2026-03-16');
  });

  it('a spring-forward gap moves the missing time forward; a day of 23 hours is still one day', () => {
    const sunday = Date.UTC(2026, 2, 29) / 86_400_000;
    expect(zonedInstant(sunday, 2 * 60 + 30, TZ)).toBe(Date.parse('2026-03-29T01:30:00Z'));
    expect(calendarDaysBetween(local('2026-03-29 00:00'), local('2026-03-29 23:59'), TZ)).toBe(0);
    expect(calendarDaysBetween(local('2026-03-28 12:00'), local('2026-03-30 00:01'), TZ)).toBe(2);
  });

  it('the next daily time is strictly later, and correct across the change', () => {
    expect(nextLocalTime(local('2026-03-28 10:00'), 9 * 60, TZ)).toBe(Date.parse('2026-03-29T07:00:00Z'));
    expect(nextLocalTime(local('2026-03-28 08:00'), 9 * 60, TZ)).toBe(local('2026-03-28 09:00'));
  });

  it('an unknown zone falls back to UTC instead of failing', () => {
    expect(safeTimeZone('Mars/Olympus')).toBe('UTC');
    expect(safeTimeZone('')).toBe('UTC');
  });
});

describe('target paths (the options-page routes nudges lead to)', () => {
  it('maps every target to a hash path', () => {
    expect(targetPath({ view: 'app', id: 'a b' })).toBe('/app/a%20b');
    expect(targetPath({ view: 'debrief', id: 'x' })).toBe('/debrief/x');
    expect(targetPath({ view: 'saved' })).toBe('/list?stage=saved');
    expect(targetPath({ view: 'list', filter: { stage: 'offer' } })).toBe('/list?stage=offer');
    expect(targetPath({ view: 'list', filter: { ids: ['a', 'b'] } })).toBe('/list?ids=a%2Cb');
    expect(targetPath({ view: 'list', filter: {} })).toBe('/');
  });
});
