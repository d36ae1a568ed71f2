/**
 * The weekly goal: progress from Wednesday when the goal is not met yet, and on Sunday how the week
 * went. Weeks start on Monday at local midnight. Quiet until the person chooses a goal.
 */
import { KIND_META } from './kinds';
import { localParts, localWeekKey, startOfLocalWeek } from './local-time';
import type { Rule } from './rule';
import { count } from './words';

/** ISO weekday the mid-week check starts on (Wednesday). */
export const MID_WEEK_FROM = 3;

export const weeklyGoal: Rule = (input, facts) => {
  const { applications, settings, now, timeZone } = input;
  if (facts.searchOver) return [];
  const goal = settings.weeklyGoal;
  // Goal nudges start only once the person has chosen a goal.
  if (goal === null) return [];
  const weekStart = startOfLocalWeek(now, timeZone);
  const sent = applications.filter((a) => a.appliedAt !== null && a.appliedAt >= weekStart && a.appliedAt <= now).length;
  const { weekday } = localParts(now, timeZone);
  const week = localWeekKey(now, timeZone);
  const saved = facts.savedJobs.length;
  const target = sent < goal && saved ? ({ view: 'saved' } as const) : ({ view: 'list', filter: {} } as const);
  const actionLabel = target.view === 'saved' ? 'Show saved jobs' : 'Open your pipeline';

  if (weekday === 7) {
    const met = sent >= goal;
    return [
      {
        kind: 'weekly-goal',
        key: `weekly-goal:end:${week}`,
        title: met ? `Goal reached: ${count(sent, 'application')} this week` : `This week: ${sent} of ${goal} applications`,
        body: met
          ? 'A full week of effort. Well done: rest tonight, a new week starts tomorrow.'
          : sent
            ? `${count(sent, 'application')} sent is real progress. A new week starts tomorrow, and one application on Monday gets it going.`
            : 'A quiet week happens. A new week starts tomorrow, and one application on Monday gets it going.',
        target,
        actionLabel,
        priority: KIND_META['weekly-goal'].priority + 10,
      },
    ];
  }
  if (weekday < MID_WEEK_FROM || sent >= goal) return [];
  const left = goal - sent;
  return [
    {
      kind: 'weekly-goal',
      key: `weekly-goal:mid:${week}`,
      title: `${sent} of ${goal} applications this week`,
      body:
        `${count(left, 'more application')} by Sunday reaches your goal.` +
        (saved ? ` You have ${count(saved, 'saved job')} to start from.` : ''),
      target,
      actionLabel,
      priority: KIND_META['weekly-goal'].priority,
    },
  ];
};
