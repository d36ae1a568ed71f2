import { describe, expect, it } from 'vitest';
import { boardLabel, formatDay, formatDayInSentence, plural, safeHttpUrl, startOfWeek } from '../../../src/ui/format';

describe('ui formatting', () => {
  it('starts the week on Monday at midnight, local time', () => {
    const wednesday = new Date(2026, 10, 25, 15, 30).getTime();
    expect(startOfWeek(wednesday)).toBe(new Date(2026, 10, 23, 0, 0).getTime());
    const sunday = new Date(2026, 10, 29, 23, 0).getTime();
    expect(startOfWeek(sunday)).toBe(new Date(2026, 10, 23).getTime());
    const monday = new Date(2026, 10, 23, 0, 0).getTime();
    expect(startOfWeek(monday)).toBe(monday);
  });

  it('names recent days in words', () => {
    const now = new Date(2026, 10, 25, 12).getTime();
    expect(formatDay(new Date(2026, 10, 25, 1).getTime(), now)).toBe('Today');
    expect(formatDay(new Date(2026, 10, 24, 23).getTime(), now)).toBe('Yesterday');
    expect(formatDayInSentence(new Date(2026, 10, 24, 23).getTime(), now)).toBe('yesterday');
    expect(formatDay(new Date(2026, 10, 21).getTime(), now)).toMatch(/^[A-Z]/);
    expect(formatDay(new Date(2025, 0, 3).getTime(), now)).toContain('2025');
  });

  it('links only http(s) addresses', () => {
    expect(safeHttpUrl('https://example.com/job')).toBe('https://example.com/job');
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,hi')).toBeNull();
    expect(safeHttpUrl('not a url')).toBeNull();
  });

  it('names boards and counts', () => {
    expect(boardLabel('smartrecruiters')).toBe('SmartRecruiters');
    expect(boardLabel('my-ats')).toBe('my-ats');
    expect(plural(1, 'application')).toBe('1 application');
    expect(plural(2, 'application')).toBe('2 applications');
  });
});
