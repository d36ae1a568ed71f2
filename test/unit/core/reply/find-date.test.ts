import { describe, expect, it } from 'vitest';
import { findDate } from '../../../../src/core/reply/find-date';

const NOW = new Date(2026, 2, 1, 12, 0).getTime();

describe('findDate', () => {
  it('reads a written date with its time', () => {
    expect(findDate('on Tuesday, March 10, 2026 at 2:00 PM', NOW)).toBe(new Date(2026, 2, 10, 14, 0).getTime());
    expect(findDate('please finish it by 14 March', NOW)).toBe(new Date(2026, 2, 14, 9, 0).getTime());
    expect(findDate('due 2026-03-20 17:30', NOW)).toBe(new Date(2026, 2, 20, 17, 30).getTime());
  });

  it('puts a date without a year that has passed into next year', () => {
    expect(findDate('on Jan 5', NOW)).toBe(new Date(2027, 0, 5, 9, 0).getTime());
  });

  it('returns null when no date is written, or the date does not exist', () => {
    expect(findDate('Let us know a time that works for you.', NOW)).toBeNull();
    expect(findDate('February 31', NOW)).toBeNull();
  });
});
