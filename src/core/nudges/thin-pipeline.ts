/**
 * Few applications in flight, above all while waiting on replies: the classic mistake is to pause
 * the search while hoping one answer comes back yes.
 */
import { isInFlight } from '../stages';
import { KIND_META } from './kinds';
import type { Rule } from './rule';
import { count, listNames } from './words';

/** Still waiting to hear back (an offer is an answer). */
const WAITING = new Set(['applied', 'screening', 'interviewing']);

export const thinPipeline: Rule = (input, facts) => {
  const { applications, settings } = input;
  if (facts.searchOver) return [];
  // Before the first application there is nothing to keep open; the momentum nudge speaks then.
  if (!applications.some((a) => a.appliedAt !== null)) return [];
  const inFlight = applications.filter((a) => isInFlight(a.stage));
  if (inFlight.length >= settings.kinds['thin-pipeline'].threshold) return [];
  const waiting = inFlight.filter((a) => WAITING.has(a.stage));
  const saved = facts.savedJobs;

  const body = waiting.length
    ? `You're waiting to hear back from ${listNames(waiting)}. A few more applications while you wait means no single reply decides how your search goes.`
    : 'Nothing is waiting on a reply right now. A few new applications will get things going again.';
  return [
    {
      kind: 'thin-pipeline',
      key: 'thin-pipeline',
      title: inFlight.length ? `Only ${count(inFlight.length, 'application')} in flight` : 'Nothing in flight right now',
      body,
      target: saved.length ? { view: 'saved' } : { view: 'list', filter: {} },
      actionLabel: saved.length ? 'Show saved jobs' : 'Open your pipeline',
      // Waiting on replies is exactly when people stop applying: say it first then.
      priority: KIND_META['thin-pipeline'].priority + (waiting.length ? 5 : 0),
    },
  ];
};
