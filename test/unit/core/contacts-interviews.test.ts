import { describe, expect, it } from 'vitest';
import { contactLabel, contactProblems, safeProfileUrl } from '../../../src/core/contacts';
import { fromDateTimeLocal, roundsInOrder, toDateTimeLocal } from '../../../src/core/interviews';

describe('profile links', () => {
  it('keeps http(s) and mailto links and nothing else', () => {
    expect(safeProfileUrl(' https://www.linkedin.com/in/jane ')).toBe('https://www.linkedin.com/in/jane');
    expect(safeProfileUrl('http://example.test/me')).toBe('http://example.test/me');
    expect(safeProfileUrl('mailto:jane@acme.example')).toBe('mailto:jane@acme.example');
    expect(safeProfileUrl('')).toBe('');
    for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'linkedin.com/in/jane']) {
      expect(safeProfileUrl(bad)).toBeNull();
    }
  });

  it('names what is wrong with a contact', () => {
    expect(contactProblems({ name: '', role: 'Recruiter', email: '', profileUrl: '' })).toEqual(['empty']);
    expect(contactProblems({ name: 'Jane', role: '', email: 'jane at acme', profileUrl: 'javascript:x' })).toEqual(['email', 'profileUrl']);
    expect(contactProblems({ name: '', role: '', email: 'jane@acme.example', profileUrl: '' })).toEqual([]);
    expect(contactLabel({ name: '', role: '', email: 'jane@acme.example' })).toBe('jane@acme.example');
  });
});

describe('interview dates', () => {
  it('reads and writes datetime-local values in local time, refusing impossible dates', () => {
    const at = fromDateTimeLocal('2026-03-04T14:30');
    expect(at).toBe(new Date(2026, 2, 4, 14, 30).getTime());
    expect(toDateTimeLocal(at)).toBe('2026-03-04T14:30');
    expect(fromDateTimeLocal('2026-02-30T10:00')).toBeNull();
    expect(fromDateTimeLocal('')).toBeNull();
    expect(toDateTimeLocal(null)).toBe('');
  });

  it('orders dated rounds by date, undated ones last in the order added', () => {
    const round = (id: string, at: number | null) => ({ id, name: id, at, notes: '' });
    const order = roundsInOrder([round('a', null), round('b', 300), round('c', 100), round('d', null), round('e', 200)]);
    expect(order.map((r) => r.id)).toEqual(['c', 'e', 'b', 'a', 'd']);
  });
});
