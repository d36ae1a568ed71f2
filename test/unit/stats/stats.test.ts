import { describe, expect, it } from 'vitest';
import { computeStats, type StatsApplication, type StatsEvent } from '../../../src/core/stats';
import { weekStart } from '../../../src/core/stats/weekly';
import { median } from '../../../src/core/stats/reply-time';
import { generatePipeline } from '../../support/pipeline';

const DAY = 86_400_000;
/** Wednesday 11 March 2026, noon local time. */
const NOW = new Date(2026, 2, 11, 12).getTime();
const daysAgo = (n: number) => NOW - n * DAY;

function app(id: string, board: string, stage: StatsApplication['stage'], appliedAt: number | null): StatsApplication {
  return { id, board, stage, appliedAt };
}

describe('computeStats on a small pipeline', () => {
  const applications = [
    app('a', 'linkedin', 'interviewing', daysAgo(20)),
    app('b', 'linkedin', 'rejected', daysAgo(9)),
    app('c', 'Greenhouse', 'applied', daysAgo(2)),
    app('d', 'greenhouse', 'offer', daysAgo(1)),
    app('e', 'indeed', 'saved', null),
    app('f', 'indeed', 'no_response', daysAgo(40)),
  ];
  const events: StatsEvent[] = [
    { applicationId: 'a', at: daysAgo(20), to: 'applied' },
    // Straight to interviewing: it still passed the screening step of the funnel.
    { applicationId: 'a', at: daysAgo(16), to: 'interviewing' },
    { applicationId: 'b', at: daysAgo(9), to: 'applied' },
    { applicationId: 'b', at: daysAgo(3), to: 'rejected' },
    // An offer recorded by a spreadsheet import: a reply, but with no date to measure.
    { applicationId: 'd', at: daysAgo(1), to: 'offer', source: 'import' },
    { applicationId: 'f', at: daysAgo(10), to: 'no_response' },
  ];
  const stats = computeStats(applications, events, NOW, 8);

  it('counts sent applications and replies (silence is not a reply)', () => {
    expect(stats.sent).toBe(5);
    expect(stats.replied).toBe(3);
  });

  it('groups applications by local week, oldest first, with empty weeks', () => {
    expect(stats.weeks).toHaveLength(8);
    expect(stats.weeks.at(-1)!.start).toBe(weekStart(NOW));
    expect(new Date(stats.weeks[0]!.start).getDay()).toBe(1);
    const byWeek = new Map(stats.weeks.map((w) => [w.start, w.count]));
    // This week (Mon 9 Mar – now): c and d; the week before: b; three weeks back: a; f is 40 days ago.
    expect(byWeek.get(weekStart(NOW))).toBe(2);
    expect(byWeek.get(weekStart(daysAgo(9)))).toBe(1);
    expect(byWeek.get(weekStart(daysAgo(20)))).toBe(1);
    expect(stats.weeks.reduce((sum, w) => sum + w.count, 0)).toBe(5);
  });

  it('builds a funnel that never grows', () => {
    expect(stats.funnel.map((s) => [s.stage, s.count])).toEqual([
      ['applied', 5],
      ['screening', 2],
      ['interviewing', 2],
      ['offer', 1],
    ]);
    expect(stats.funnel[1]!.share).toBeCloseTo(2 / 5);
  });

  it('rates boards by replies, case-insensitively, most used first', () => {
    expect(stats.boards).toEqual([
      { board: 'greenhouse', sent: 2, replied: 1, rate: 0.5 },
      { board: 'linkedin', sent: 2, replied: 2, rate: 1 },
      { board: 'indeed', sent: 1, replied: 0, rate: 0 },
    ]);
  });

  it('takes the median days to a first reply over dated replies only', () => {
    // a: 4 days, b: 6 days; d's imported offer has no date to measure.
    expect(stats.replyTime).toEqual({ medianDays: 5, replies: 2 });
  });

  it('has nothing to say about an empty pipeline', () => {
    const empty = computeStats([], [], NOW);
    expect(empty.sent).toBe(0);
    expect(empty.funnel.every((s) => s.count === 0 && s.share === 0)).toBe(true);
    expect(empty.boards).toEqual([]);
    expect(empty.replyTime).toEqual({ medianDays: null, replies: 0 });
  });
});

describe('computeStats over a generated pipeline', () => {
  const { applications, events } = generatePipeline(3000, 11, 0);
  const now = Date.UTC(2026, 2, 14);
  const stats = computeStats(applications, events, now, 60);
  // Each application's stages, gathered once (3,000 applications: filtering all events per question
  // made this test slow enough to time out on a busy machine).
  const stagesOf = new Map<string, Set<unknown>>();
  for (const e of events) {
    if (!stagesOf.has(e.applicationId)) stagesOf.set(e.applicationId, new Set());
    stagesOf.get(e.applicationId)!.add(e.to);
  }
  const reached = (id: string) => stagesOf.get(id) ?? new Set();
  const sent = applications.filter((a) => a.appliedAt !== null);

  it('agrees with the timelines it was built from', () => {
    expect(stats.sent).toBe(sent.length);
    const atLeast = (stages: string[]) => sent.filter((a) => stages.some((s) => reached(a.id).has(s as never))).length;
    expect(stats.funnel.map((s) => s.count)).toEqual([
      sent.length,
      atLeast(['screening', 'interviewing', 'offer', 'accepted']),
      atLeast(['interviewing', 'offer', 'accepted']),
      atLeast(['offer', 'accepted']),
    ]);
    for (let i = 1; i < stats.funnel.length; i++) expect(stats.funnel[i]!.count).toBeLessThanOrEqual(stats.funnel[i - 1]!.count);
  });

  it('rates every board from its own applications', () => {
    expect(stats.boards.reduce((sum, b) => sum + b.sent, 0)).toBe(sent.length);
    for (const row of stats.boards) {
      const mine = sent.filter((a) => a.board === row.board);
      const replied = mine.filter((a) => ['screening', 'interviewing', 'offer', 'accepted', 'rejected'].some((s) => reached(a.id).has(s as never)));
      expect(row).toEqual({ board: row.board, sent: mine.length, replied: replied.length, rate: replied.length / mine.length });
    }
  });

  it('measures reply times from the sent date to the first reply', () => {
    const waits = sent.flatMap((a) => {
      const first = events
        .filter((e) => e.applicationId === a.id && ['screening', 'interviewing', 'offer', 'accepted', 'rejected'].includes(e.to ?? ''))
        .sort((x, y) => x.at - y.at)[0];
      return first ? [(first.at - a.appliedAt!) / DAY] : [];
    });
    expect(stats.replyTime.replies).toBe(waits.length);
    expect(stats.replyTime.medianDays).toBe(median(waits));
    expect(stats.replyTime.medianDays).toBeGreaterThan(0);
  });

  it('counts every application sent in the weeks shown', () => {
    const first = stats.weeks[0]!.start;
    const end = new Date(stats.weeks.at(-1)!.start);
    end.setDate(end.getDate() + 7);
    // Generated timelines run a little past "now": those land in no week shown.
    const shown = sent.filter((a) => a.appliedAt! >= first && a.appliedAt! < end.getTime());
    expect(shown.length).toBeLessThan(sent.length);
    expect(stats.weeks.reduce((sum, w) => sum + w.count, 0)).toBe(shown.length);
  });
});

describe('median', () => {
  it('is the middle value, or the mean of the two middle ones', () => {
    expect(median([])).toBeNull();
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('by company and by title word', () => {
  it('gives each company’s median wait for a first reply, and each title word’s response rate', () => {
    const DAY = 86_400_000;
    const apps = [
      { id: 'a', board: 'lever', stage: 'screening' as const, appliedAt: 0, company: 'Acme', title: 'Senior Data Engineer' },
      { id: 'b', board: 'lever', stage: 'rejected' as const, appliedAt: 0, company: 'acme', title: 'Data Engineer' },
      { id: 'c', board: 'lever', stage: 'applied' as const, appliedAt: 0, company: 'Globex', title: 'Senior Designer' },
      { id: 'd', board: 'lever', stage: 'interviewing' as const, appliedAt: 0, company: 'Globex', title: 'Data Analyst' },
    ];
    const events = [
      { applicationId: 'a', at: 2 * DAY, to: 'screening' as const, source: 'options' as const },
      { applicationId: 'b', at: 6 * DAY, to: 'rejected' as const, source: 'options' as const },
      { applicationId: 'd', at: 10 * DAY, to: 'interviewing' as const, source: 'options' as const },
    ];
    const stats = computeStats(apps, events, 20 * DAY);
    expect(stats.companies).toEqual([
      { company: 'Acme', medianDays: 4, replies: 2 },
      { company: 'Globex', medianDays: 10, replies: 1 },
    ]);
    expect(stats.titleWords).toEqual([{ word: 'data', sent: 3, replied: 3, rate: 1 }]);
  });
});
