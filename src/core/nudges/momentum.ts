/** No application sent for a few days: name the saved jobs that are waiting. */
import { KIND_META } from './kinds';
import type { Rule } from './rule';
import { count, listNames } from './words';

export const momentum: Rule = (input, facts) => {
  const { applications, settings } = input;
  if (facts.searchOver || applications.length === 0) return [];
  const sent = applications.map((a) => a.appliedAt).filter((at): at is number => at !== null);
  // Before the first application, count from the day they started using Rebound.
  const since = sent.length ? Math.max(...sent) : Math.min(...applications.map((a) => a.createdAt));
  const idle = facts.daysSince(since);
  if (idle < settings.kinds.momentum.threshold) return [];

  const saved = facts.savedJobs;
  const opening = sent.length
    ? `It's been ${count(idle, 'day')} since your last application.`
    : `You started ${count(idle, 'day')} ago and haven't sent an application yet.`;
  const waiting = saved.length
    ? ` ${listNames(saved)} ${saved.length === 1 ? 'is' : 'are'} saved and waiting: one application today keeps things moving.`
    : ' One new posting you like, sent today, keeps things moving.';
  return [
    {
      kind: 'momentum',
      key: 'momentum',
      title: saved.length ? `${count(saved.length, 'saved job')} waiting for you` : 'Ready for your next application?',
      body: opening + waiting,
      target: saved.length ? { view: 'saved' } : { view: 'list', filter: {} },
      actionLabel: saved.length ? 'Show saved jobs' : 'Open your pipeline',
      priority: KIND_META.momentum.priority,
    },
  ];
};
