/** Every nudge rule against a fixed clock: Wednesday 11 March 2026, 11:00 in Berlin. */
import { describe, expect, it } from 'vitest';
import { evaluateNudges } from '../../../src/core/nudges';
import { buildFacts, followUpEvent } from '../../../src/core/nudges/facts';
import { momentum } from '../../../src/core/nudges/momentum';
import { thinPipeline } from '../../../src/core/nudges/thin-pipeline';
import { weeklyGoal } from '../../../src/core/nudges/weekly-goal';
import { followUp } from '../../../src/core/nudges/follow-up';
import { thankYou } from '../../../src/core/nudges/thank-you';
import { feedbackRequest } from '../../../src/core/nudges/feedback-request';
import { debrief } from '../../../src/core/nudges/debrief';
import { silence } from '../../../src/core/nudges/silence';
import { offers } from '../../../src/core/nudges/offers';
import { nextStepsDue } from '../../../src/core/nudges/next-step';
import type { Rule } from '../../../src/core/nudges/rule';
import type { NextStepItem, NudgeInput } from '../../../src/core/nudges/types';
import { app, DAY, input, local, NOW, settingsWith, stageEvent, TZ } from './fixtures';

const run = (rule: Rule, i: NudgeInput) => rule(i, buildFacts(i));

describe('momentum', () => {
  it('speaks after three days without an application and names the saved jobs waiting', () => {
    const sent = app({ stage: 'applied', appliedAt: NOW - 3 * DAY });
    const saved = [
      app({ stage: 'saved', company: 'Acme', savedAt: NOW - DAY }),
      app({ stage: 'saved', company: 'Globex', savedAt: NOW - 2 * DAY }),
    ];
    const [nudge, ...rest] = run(momentum, input({ applications: [sent, ...saved] }));
    expect(rest).toEqual([]);
    expect(nudge).toMatchObject({ kind: 'momentum', key: 'momentum', target: { view: 'saved' }, title: '2 saved jobs waiting for you' });
    expect(nudge!.body).toContain("It's been 3 days since your last application.");
    expect(nudge!.body).toContain('Acme and Globex are saved and waiting');
  });

  it('stays quiet two days after the last application', () => {
    const sent = app({ stage: 'applied', appliedAt: NOW - 2 * DAY });
    expect(run(momentum, input({ applications: [sent, app({ stage: 'saved' })] }))).toEqual([]);
  });

  it('counts calendar days: an application late on Sunday is three days before Wednesday morning', () => {
    const sent = app({ stage: 'applied', appliedAt: local('2026-03-08 23:30') });
    expect(run(momentum, input({ applications: [sent], now: local('2026-03-11 08:00') }))).toHaveLength(1);
    expect(run(momentum, input({ applications: [sent], now: local('2026-03-10 23:59') }))).toEqual([]);
  });

  it('before any application, counts from the first saved job', () => {
    const saved = app({ stage: 'saved', company: 'Initech', savedAt: NOW - 4 * DAY });
    const [nudge] = run(momentum, input({ applications: [saved] }));
    expect(nudge!.body).toContain("You started 4 days ago and haven't sent an application yet.");
  });

  it('is quiet with an empty pipeline, after an accepted offer, and when its threshold is raised', () => {
    expect(run(momentum, input({}))).toEqual([]);
    const old = app({ stage: 'applied', appliedAt: NOW - 5 * DAY });
    expect(run(momentum, input({ applications: [old, app({ stage: 'accepted', appliedAt: NOW - 20 * DAY })] }))).toEqual([]);
    const settings = settingsWith((s) => (s.kinds.momentum.threshold = 6));
    expect(run(momentum, input({ applications: [old], settings }))).toEqual([]);
  });
});

describe('thin pipeline', () => {
  it('speaks with fewer than five in flight, first of all while waiting on replies', () => {
    const waiting = [app({ stage: 'applied', appliedAt: NOW - DAY, company: 'Acme' }), app({ stage: 'interviewing', appliedAt: NOW - 9 * DAY, company: 'Globex' })];
    const [nudge] = run(thinPipeline, input({ applications: [...waiting, app({ stage: 'saved' })] }));
    expect(nudge).toMatchObject({ kind: 'thin-pipeline', title: 'Only 2 applications in flight', target: { view: 'saved' } });
    expect(nudge!.body).toContain("You're waiting to hear back from Acme and Globex.");

    const offerOnly = run(thinPipeline, input({ applications: [app({ stage: 'offer', appliedAt: NOW - 9 * DAY })] }));
    expect(nudge!.priority).toBeGreaterThan(offerOnly[0]!.priority);
  });

  it('stays quiet with five in flight, or before the first application', () => {
    const five = Array.from({ length: 5 }, () => app({ stage: 'applied', appliedAt: NOW - DAY }));
    expect(run(thinPipeline, input({ applications: five }))).toEqual([]);
    expect(run(thinPipeline, input({ applications: [app({ stage: 'saved' })] }))).toEqual([]);
  });
});

describe('weekly goal', () => {
  it('says nothing until a goal is chosen (the default is none)', () => {
    const none = settingsWith((s) => (s.weeklyGoal = null));
    const sunday = local('2026-03-15 18:00');
    expect(run(weeklyGoal, input({ settings: none }))).toEqual([]);
    expect(run(weeklyGoal, input({ settings: none, now: sunday }))).toEqual([]);
    expect(run(weeklyGoal, input({ now: sunday }))).toHaveLength(1);
  });

  // Week of Monday 9 March 2026 in Berlin.
  const thisWeek = (n: number) => Array.from({ length: n }, (_, i) => app({ stage: 'applied', appliedAt: local('2026-03-09 10:00') + i * 1000 }));

  it('from Wednesday, shows progress when the goal is not met yet', () => {
    const lastSunday = app({ stage: 'applied', appliedAt: local('2026-03-08 22:00') });
    const [nudge] = run(weeklyGoal, input({ applications: [...thisWeek(4), lastSunday] }));
    expect(nudge).toMatchObject({ key: 'weekly-goal:mid:2026-03-09', title: '4 of 10 applications this week' });
    expect(nudge!.body).toContain('6 more applications by Sunday reaches your goal.');
  });

  it('counts the week from Monday 00:00 local time, not UTC', () => {
    // 00:30 on Monday in Berlin is still Sunday in UTC.
    const earlyMonday = app({ stage: 'applied', appliedAt: local('2026-03-09 00:30') });
    const [nudge] = run(weeklyGoal, input({ applications: [earlyMonday] }));
    expect(nudge!.title).toBe('1 of 10 applications this week');
  });

  it('is quiet on Monday and Tuesday, and mid-week once the goal is met', () => {
    expect(run(weeklyGoal, input({ applications: thisWeek(1), now: local('2026-03-10 18:00') }))).toEqual([]);
    expect(run(weeklyGoal, input({ applications: thisWeek(10) }))).toEqual([]);
  });

  it('on Sunday, says how the week went, met or not', () => {
    const sunday = local('2026-03-15 18:00');
    const [short] = run(weeklyGoal, input({ applications: thisWeek(7), now: sunday }));
    expect(short).toMatchObject({ key: 'weekly-goal:end:2026-03-09', title: 'This week: 7 of 10 applications' });
    const [met] = run(weeklyGoal, input({ applications: thisWeek(10), now: sunday }));
    expect(met!.title).toBe('Goal reached: 10 applications this week');
  });
});

describe('follow-up due', () => {
  it('speaks 7 days after applying with no reply and no follow-up', () => {
    const acme = app({ stage: 'applied', appliedAt: NOW - 8 * DAY, company: 'Acme', title: 'Designer' });
    const [nudge] = run(followUp, input({ applications: [acme] }));
    expect(nudge).toMatchObject({ key: `follow-up:${acme.id}`, title: 'Follow up with Acme?', target: { view: 'app', id: acme.id } });
    expect(nudge!.body).toContain("You applied to Acme (Designer) 8 days ago and haven't heard back.");
  });

  it('stays quiet at 6 days, after a follow-up is logged, once the stage moved on, and in long silence', () => {
    const recent = app({ stage: 'applied', appliedAt: NOW - 6 * DAY });
    const followed = app({ stage: 'applied', appliedAt: NOW - 9 * DAY });
    const moved = app({ stage: 'screening', appliedAt: NOW - 9 * DAY });
    const silent = app({ stage: 'applied', appliedAt: NOW - 40 * DAY });
    const nudges = run(
      followUp,
      input({ applications: [recent, followed, moved, silent], events: [followUpEvent(followed.id, NOW - DAY)] }),
    );
    expect(nudges).toEqual([]);
  });
});

describe('interviews: prepare the day before, thank the day after (from the rounds’ dates)', () => {
  const round = (id: string, at: number | null, name = 'Phone screen') => ({ id, name, at, notes: '' });

  it('the day before a dated round, a nudge to prepare with its local time; the day after, one to thank', () => {
    const acme = app({ stage: 'interviewing', company: 'Acme', title: 'Designer', interviews: [round('r1', local('2026-03-12 14:30'))] });
    const globex = app({ stage: 'screening', company: 'Globex', interviews: [round('r2', local('2026-03-10 09:00'), 'Final round')] });
    const nudges = run(thankYou, input({ applications: [acme, globex] }));
    expect(nudges).toHaveLength(2);
    expect(nudges[0]).toMatchObject({ key: `prepare:${acme.id}:r1`, title: 'Interview with Acme tomorrow', target: { view: 'app', id: acme.id } });
    expect(nudges[0]!.body).toBe('“Phone screen” with Acme (Designer) is tomorrow at 14:30. Half an hour today with the posting and your notes helps you walk in calm.');
    expect(nudges[1]).toMatchObject({ key: `thank-you:${globex.id}:r2`, title: 'Thank Globex for the interview' });
    expect(nudges[1]!.body).toContain('“Final round” with Globex');
    expect(nudges[1]!.body).toContain('was yesterday');
  });

  it('a round next week says nothing today, and speaks the day before it', () => {
    const acme = app({ stage: 'interviewing', interviews: [round('r1', local('2026-03-18 10:00'))] });
    expect(run(thankYou, input({ applications: [acme] }))).toEqual([]);
    expect(run(thankYou, input({ applications: [acme], now: local('2026-03-17 08:00') }))).toHaveLength(1);
    expect(run(thankYou, input({ applications: [acme], now: local('2026-03-19 08:00') }))[0]?.key).toBe(`thank-you:${acme.id}:r1`);
  });

  it('a stage change alone claims no interview, and undated rounds or closed applications stay quiet', () => {
    const moved = app({ stage: 'interviewing', appliedAt: NOW - 10 * DAY });
    const events = [stageEvent(moved.id, 'interviewing', local('2026-03-11 09:15'), 'screening')];
    const undated = app({ stage: 'interviewing', interviews: [round('r1', null)] });
    const rejected = app({ stage: 'rejected', interviews: [round('r2', local('2026-03-10 15:00'))] });
    expect(run(thankYou, input({ applications: [moved, undated, rejected], events }))).toEqual([]);
  });

  it('uses the local day: 00:30 in Berlin on the 12th is tomorrow, though still the 11th in UTC', () => {
    const acme = app({ stage: 'interviewing', interviews: [round('r1', local('2026-03-12 00:30'))] });
    expect(run(thankYou, input({ applications: [acme] }))[0]?.key).toBe(`prepare:${acme.id}:r1`);
  });
});

describe('feedback request and debrief after a rejection', () => {
  const rejectedAgo = (days: number, company = 'Acme') => {
    const a = app({ stage: 'rejected', appliedAt: NOW - 20 * DAY, company });
    return { a, events: [stageEvent(a.id, 'rejected', NOW - days * DAY, 'interviewing')] };
  };

  it('a day after a rejection, suggests asking for feedback, leading to the debrief', () => {
    const { a, events } = rejectedAgo(1);
    const [nudge] = run(feedbackRequest, input({ applications: [a], events }));
    expect(nudge).toMatchObject({ key: `feedback-request:${a.id}`, title: 'Ask Acme for feedback?', target: { view: 'debrief', id: a.id } });
    expect(nudge!.body).toContain('Acme said no yesterday.');
    // Only one nudge per rejection at a time: the debrief nudge waits.
    expect(run(debrief, input({ applications: [a], events }))).toEqual([]);
  });

  it('does not ask on the day itself, once asked, after the debrief, or after two weeks', () => {
    const today = rejectedAgo(0);
    const asked = rejectedAgo(2);
    const done = rejectedAgo(2);
    const late = rejectedAgo(20);
    const nudges = run(
      feedbackRequest,
      input({
        applications: [today.a, asked.a, done.a, late.a],
        events: [...today.events, ...asked.events, ...done.events, ...late.events],
        debriefs: [
          { applicationId: asked.a.id, status: 'pending', feedbackRequestedAt: NOW - DAY },
          { applicationId: done.a.id, status: 'done' },
        ],
      }),
    );
    expect(nudges).toEqual([]);
  });

  it('suggests the debrief when feedback was asked for but the debrief is not done', () => {
    const { a, events } = rejectedAgo(3);
    const debriefs = [{ applicationId: a.id, status: 'pending' as const, feedbackRequestedAt: NOW - 2 * DAY }];
    const [nudge] = run(debrief, input({ applications: [a], events, debriefs }));
    expect(nudge).toMatchObject({ key: `debrief:${a.id}`, target: { view: 'debrief', id: a.id } });
    expect(run(debrief, input({ applications: [a], events, debriefs: [{ applicationId: a.id, status: 'skipped' }] }))).toEqual([]);
  });

  it('suggests the debrief when feedback requests are turned off, and leaves old rejections alone', () => {
    const fresh = rejectedAgo(2);
    const old = rejectedAgo(45);
    const settings = settingsWith((s) => (s.kinds['feedback-request'].enabled = false));
    const nudges = run(debrief, input({ applications: [fresh.a, old.a], events: [...fresh.events, ...old.events], settings }));
    expect(nudges.map((n) => n.key)).toEqual([`debrief:${fresh.a.id}`]);
  });
});

describe('silence', () => {
  it('gathers every application quiet for 30 days into one nudge to mark "no response"', () => {
    const a = app({ stage: 'applied', appliedAt: NOW - 40 * DAY, company: 'Acme' });
    const b = app({ stage: 'screening', appliedAt: NOW - 50 * DAY, company: 'Globex' });
    const [nudge, ...rest] = run(
      silence,
      input({ applications: [a, b], events: [stageEvent(b.id, 'screening', NOW - 31 * DAY)] }),
    );
    expect(rest).toEqual([]);
    expect(nudge).toMatchObject({ key: 'silence', title: '2 applications have gone quiet' });
    // Quiet longest first: Acme (40 days) before Globex (31 days since its last move).
    expect(nudge!.target).toEqual({ view: 'list', filter: { ids: [a.id, b.id] } });
    expect(nudge!.body).toContain('"no response"');
  });

  it('stays quiet when something moved within 30 days, or the application is at interview', () => {
    const moved = app({ stage: 'screening', appliedAt: NOW - 50 * DAY });
    const interviewing = app({ stage: 'interviewing', appliedAt: NOW - 60 * DAY });
    const young = app({ stage: 'applied', appliedAt: NOW - 29 * DAY });
    const nudges = run(
      silence,
      input({ applications: [moved, interviewing, young], events: [stageEvent(moved.id, 'screening', NOW - 10 * DAY)] }),
    );
    expect(nudges).toEqual([]);
  });
});

describe('offers', () => {
  it('with two offers, notes that one can help negotiate', () => {
    const a = app({ stage: 'offer', company: 'Acme', appliedAt: NOW - 30 * DAY });
    const b = app({ stage: 'offer', company: 'Globex', appliedAt: NOW - 30 * DAY });
    const [nudge] = run(offers, input({ applications: [a, b] }));
    expect(nudge).toMatchObject({ title: '2 offers on the table', target: { view: 'list', filter: { stage: 'offer' } } });
    expect(nudge!.body).toContain('negotiate');
    // A third offer is news: a new key, so the cool-down of the first one does not hold it back.
    const c = app({ stage: 'offer', appliedAt: NOW - 30 * DAY });
    expect(run(offers, input({ applications: [a, b, c] }))[0]!.key).not.toBe(nudge!.key);
  });

  it('stays quiet with one offer', () => {
    expect(run(offers, input({ applications: [app({ stage: 'offer', appliedAt: NOW - DAY })] }))).toEqual([]);
  });
});

describe('evaluateNudges', () => {
  const pipeline = () => {
    const acme = app({ stage: 'applied', appliedAt: NOW - 8 * DAY, company: 'Acme' });
    const globex = app({ stage: 'offer', appliedAt: NOW - 30 * DAY, company: 'Globex' });
    const initech = app({ stage: 'offer', appliedAt: NOW - 30 * DAY, company: 'Initech' });
    return [acme, globex, initech];
  };

  it('runs every kind that is on, most useful first', () => {
    const kinds = evaluateNudges(input({ applications: pipeline() })).map((n) => n.kind);
    expect(kinds).toEqual(['follow-up', 'offers', 'momentum', 'thin-pipeline', 'weekly-goal']);
  });

  it('leaves out the kinds turned off', () => {
    const settings = settingsWith((s) => {
      s.kinds['follow-up'].enabled = false;
      s.kinds.momentum.enabled = false;
    });
    const kinds = evaluateNudges(input({ applications: pipeline(), settings })).map((n) => n.kind);
    expect(kinds).toEqual(['offers', 'thin-pipeline', 'weekly-goal']);
  });

  it('every nudge has a title, a reason and a place to go', () => {
    for (const nudge of evaluateNudges(input({ applications: pipeline(), timeZone: TZ }))) {
      expect(nudge.title.length).toBeGreaterThan(5);
      expect(nudge.body.length).toBeGreaterThan(20);
      expect(nudge.actionLabel.length).toBeGreaterThan(3);
    }
  });
});

describe('a debrief’s next step, in the next steps', () => {
  const step = (overrides: Partial<NextStepItem>): NextStepItem => ({
    id: 'next-step:d1',
    applicationId: 'a1',
    text: 'Apply to the two saved design roles',
    dueAt: null,
    doneAt: null,
    createdAt: NOW - DAY,
    ...overrides,
  });
  const acme = app({ stage: 'rejected', company: 'Acme' });
  const withApp = (s: NextStepItem) => ({ ...s, applicationId: acme.id });

  it('speaks from the day before its day until it is ticked off, naming the debrief it came from', () => {
    const due = withApp(step({ dueAt: local('2026-03-12 00:00') }));
    const [nudge, ...rest] = run(nextStepsDue, input({ applications: [acme], nextSteps: [due] }));
    expect(rest).toEqual([]);
    expect(nudge).toMatchObject({ kind: 'debrief', key: 'next-step:next-step:d1', title: 'Your next step: Apply to the two saved design roles', target: { view: 'debrief', id: acme.id } });
    expect(nudge!.body).toBe('You planned it for tomorrow. You chose it at the end of your Acme debrief.');
    expect(run(nextStepsDue, input({ applications: [acme], nextSteps: [due], now: local('2026-03-14 09:00') }))[0]!.body).toMatch(/^It was due a little while ago/);
    expect(run(nextStepsDue, input({ applications: [acme], nextSteps: [{ ...due, doneAt: NOW }] }))).toEqual([]);
    expect(run(nextStepsDue, input({ applications: [acme], nextSteps: [{ ...due, dueAt: local('2026-03-20 00:00') }] }))).toEqual([]);
  });

  it('one without a day waits three days, and it runs with the debrief kind', () => {
    const undated = withApp(step({ createdAt: NOW - DAY }));
    expect(run(nextStepsDue, input({ applications: [acme], nextSteps: [undated] }))).toEqual([]);
    const older = { ...undated, createdAt: NOW - 3 * DAY };
    expect(run(nextStepsDue, input({ applications: [acme], nextSteps: [older] }))[0]!.body).toBe('You chose it at the end of your Acme debrief.');
    expect(evaluateNudges(input({ applications: [acme], nextSteps: [older], debriefs: [{ applicationId: acme.id, status: 'done' }] })).map((n) => n.key)).toContain('next-step:next-step:d1');
  });
});
